import {
  Button,
  MessageBar,
  MessageBarBody,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  BUYER_LANGUAGES,
  newText,
  uiLocale,
  type Analysis,
  type BuyerLanguage,
  type DelayReason,
  type UiLanguage,
} from "../../core";
import { threadFacts } from "../../core/thread-facts";
import {
  builtInLibrary,
  mergeLibraries,
  FIELD_NAMES,
  LEVERS,
  type Ask,
  type FieldName,
  type Lever,
  type Strength,
} from "../../core/compose";
import { checkTone, withoutDisclaimers, type ToneFinding } from "../../core/tone";
import { itemToMessage, type MailHost, type OpenItem } from "../../hosts/mailhost";
import { loadProfile, MAX_NAME_LENGTH, saveProfile } from "../../hosts/preferences";
import {
  baseFields,
  DATE_FIELDS,
  defaultChoices,
  relationshipOf,
  reminderFor,
  type Edits,
} from "../../hosts/reminder";
import { format } from "../../locales";
import { useStrings } from "../i18n";
import { FIELD_LABEL, LEVER_LABEL, missingFieldsText, TYPED_PROBLEM } from "../../locales/wording";
import { teamFileFor } from "../../hosts/settings";
import { fetchTeamLibraries } from "../team-library";
import { toError } from "../errors";
import { errorText } from "../../hosts/worded";
import { useAsync } from "../use-async";
import { repZone, sameItem } from "../use-open-thread";
import { displayNames } from "../../core/text/intl";
import { ErrorNotice } from "./ErrorNotice";
import { RadioChoice, SelectChoice } from "./Choices";
import { ToneFindings } from "./ToneFindings";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  preview: {
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
    whiteSpace: "pre-line",
  },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
});

interface Props {
  host: MailHost;
  /** The item the analysis is of: the reminder is for its buyer, and goes into it alone. */
  item: OpenItem;
  /**
   * Another item is open than the one analysed: the pane reads the open one, and says above it
   * that the reminder did not go in (itemMoved) or went in untagged (tagMoved).
   */
  onItemMoved: (notice: "itemMoved" | "tagMoved") => void;
  analysis: Analysis;
  reason: DelayReason;
  uiLang: UiLanguage;
  /** A reminder went into the draft (compose mode): the pane remembers the chase. */
  onInserted: () => void;
  /** A reply holding the reminder is open (read mode): the pane says so over it. */
  onReplied: () => void;
  /** The item is that reply: it holds the reminder already, and is not offered another. */
  holdsReminder: boolean;
}

/**
 * The reminder composer (PRODUCT.md §5): levers, language, the details it needs, a preview
 * with its tone, and Insert. Loaded after the first screen: it carries the paragraph library.
 */
export default function Composer({
  host,
  item,
  onItemMoved,
  analysis,
  reason,
  uiLang,
  onInserted,
  onReplied,
  holdsReminder,
}: Props) {
  const t = useStrings();
  const { mode } = item;
  const styles = useStyles();
  // The facts' tables come with this chunk: the first screen did not need them.
  const facts = useMemo(() => threadFacts(analysis.thread, repZone()), [analysis.thread]);
  const [initial] = useState(() => defaultChoices(analysis.buyerLanguage, facts.promisedDate));
  const [lang, setLang] = useState<BuyerLanguage>(initial.lang);
  const [levers, setLevers] = useState<ReadonlySet<Lever>>(initial.levers);
  const [strength, setStrength] = useState<Strength>(initial.strength);
  const [ask, setAsk] = useState<Ask>(initial.ask);
  const [edits, setEdits] = useState<Edits>(initial.edits);
  const [busy, setBusy] = useState(false);
  // A failure's retry: the insert (null: as the form is now), or the steps after a reminder went in.
  const [outcome, setOutcome] = useState<
    { done: string } | { error: Error; retry: (() => void) | null } | null
  >(null);
  const [draftFindings, setDraftFindings] = useState<ToneFinding[] | Error | null>(null);

  const base = useMemo(
    () =>
      baseFields(
        analysis.buyer.address?.name,
        facts,
        loadProfile(host.settings),
        host.user().displayName,
        lang,
        analysis.decision.today
      ),
    [analysis, facts, host, lang]
  );

  // The team's paragraphs (settings: team file address) over Kindly's own, once they arrive.
  const teamFile = useMemo(() => teamFileFor(host.settings), [host]);
  const { current: team } = useAsync(
    async () => (teamFile ? fetchTeamLibraries(teamFile) : []),
    [teamFile]
  );
  const library = useMemo(
    () => mergeLibraries(builtInLibrary(lang), ...(team.state === "ready" ? team.value : [])),
    [lang, team]
  );
  // The fields the thread and profile leave open are asked for, and stay in the form while typed.
  const { asked, composed, refused } = reminderFor(
    relationshipOf(analysis.decision),
    reason,
    base,
    { lang, levers, strength, ask, edits },
    library,
    analysis.decision.today
  );
  // A field whose typed value the reminder leaves out says why, beside it.
  const problem = (field: FieldName | "currency") => {
    const why = refused[field];
    return why
      ? { validationState: "error" as const, validationMessage: t[TYPED_PROBLEM[why]] }
      : {};
  };
  const findings = useMemo(() => checkTone(composed.text, lang), [composed.text, lang]);
  const languageNames = displayNames(uiLocale(uiLang), "language");

  const toggle = (lever: Lever, on: boolean) =>
    setLevers((current) => {
      const next = new Set(current);
      if (on) next.add(lever);
      else next.delete(lever);
      return next;
    });

  async function insert() {
    setBusy(true);
    setOutcome(null);
    const content = { html: composed.html, text: composed.text };
    const profile = { repName: edits.repName, company: edits.company };
    try {
      // Outlook may not have told the pane of every item the rep opened since it read this one
      // (its handler is registered asynchronously): asked which item is open (its ids, not a
      // read of it), an item that is not the one analysed gets no reminder (it was written
      // for another buyer); the pane reads it.
      if (!sameItem(await host.openItemKey(), item)) {
        setBusy(false);
        onItemMoved("itemMoved");
        return;
      }
      if (mode === "read") {
        await host.replyWith(content);
        onReplied();
      } else {
        await host.insertAtCursor(content);
        onInserted();
      }
    } catch (error) {
      setOutcome({ error: toError(error), retry: null });
      setBusy(false);
      return;
    }
    // The reminder is in. Tagging the chase and saving the rep's name come after it, so that
    // settings Outlook cannot save (over quota, say) never keep a reminder out of the draft.
    // The tag first: Outlook tags the draft open when asked, and saving the name is a round
    // trip during which the rep may open another buyer's draft.
    const steps: Array<() => Promise<void>> = [];
    if (mode === "compose") steps.push(tagChase);
    if (profile.repName !== undefined || profile.company !== undefined)
      steps.push(() => saveProfile(host.settings, profile));
    await finish(steps, mode === "read" ? t.reminderReplyOpened : t.reminderInserted);
    setBusy(false);
  }

  /**
   * Tags the draft the reminder went into as a chase, if it is still the one open. If another
   * item is open, Outlook would tag that one, which does not hold the reminder: the pane says so
   * above the item open now, once, and the steps after the tag (the rep's name) still run.
   */
  async function tagChase(): Promise<void> {
    try {
      if (sameItem(await host.openItemKey(), item)) return await host.tagChase();
    } catch (error) {
      throw new Error(format(t.tagFailed, { error: errorText(toError(error), t) }));
    }
    onItemMoved("tagMoved");
  }

  /** Runs the steps after an insert; a failed one is shown with a retry of it and those after it. */
  async function finish(steps: Array<() => Promise<void>>, done: string): Promise<void> {
    for (const [i, step] of steps.entries()) {
      try {
        await step();
      } catch (error) {
        setOutcome({ error: toError(error), retry: () => void finish(steps.slice(i), done) });
        return;
      }
    }
    setOutcome({ done });
  }

  async function checkDraft() {
    setDraftFindings(null);
    try {
      const { body, format: bodyFormat } = itemToMessage(await host.openItem());
      setDraftFindings(checkTone(withoutDisclaimers(newText(body, bodyFormat))));
    } catch (error) {
      setDraftFindings(toError(error));
    }
  }

  return (
    <Card
      className={styles.card}
      aria-labelledby="kindly-composer-heading"
      data-kindly-composer="ready"
    >
      <Subtitle2 as="h2" id="kindly-composer-heading">
        {t.composerHeading}
      </Subtitle2>
      {team.state === "error" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {format(t.teamFileFailed, { reason: team.error.message })}
          </MessageBarBody>
        </MessageBar>
      )}
      <SelectChoice
        label={t.languageLabel}
        value={lang}
        choices={BUYER_LANGUAGES.map((code) => ({
          value: code,
          label: languageNames.of(code) ?? code,
        }))}
        onChange={setLang}
      />
      <fieldset className={styles.row} style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <Caption1>{t.leversHeading}</Caption1>
        </legend>
        {LEVERS.map((lever) => (
          <Checkbox
            key={lever}
            label={t[LEVER_LABEL[lever]]}
            checked={levers.has(lever)}
            onChange={(_, data) => toggle(lever, data.checked === true)}
          />
        ))}
      </fieldset>
      {levers.size > 0 && (
        <RadioChoice
          label={t.strengthLabel}
          value={strength}
          choices={[
            { value: "gentle", label: t.strengthGentle },
            { value: "firm", label: t.strengthFirm },
          ]}
          onChange={setStrength}
        />
      )}
      <RadioChoice
        label={t.askLabel}
        value={ask}
        choices={[
          { value: "date", label: t.askDate },
          { value: "slip", label: t.askSlip },
        ]}
        onChange={setAsk}
      />
      {asked.length > 0 && (
        <section aria-label={t.fieldsHeading}>
          {FIELD_NAMES.filter((f) => asked.includes(f)).map((name) =>
            name === "amount" ? (
              <div key={name} className={styles.row}>
                <Field label={t.fieldAmount} size="small" {...problem("amount")}>
                  <Input
                    size="small"
                    inputMode="decimal"
                    value={edits.amount ?? ""}
                    onChange={(_, data) => setEdits((e) => ({ ...e, amount: data.value }))}
                  />
                </Field>
                <Field label={t.fieldCurrency} size="small" {...problem("currency")}>
                  <Input
                    size="small"
                    maxLength={3}
                    value={edits.currency ?? ""}
                    onChange={(_, data) => setEdits((e) => ({ ...e, currency: data.value }))}
                  />
                </Field>
              </div>
            ) : (
              <Field key={name} label={t[FIELD_LABEL[name]]} size="small" {...problem(name)}>
                <Input
                  size="small"
                  type={DATE_FIELDS.has(name) ? "date" : "text"}
                  // The rep's name and company are saved after the insert, and refused longer.
                  maxLength={name === "repName" || name === "company" ? MAX_NAME_LENGTH : undefined}
                  value={edits[name] ?? ""}
                  onChange={(_, data) => setEdits((e) => ({ ...e, [name]: data.value }))}
                />
              </Field>
            )
          )}
        </section>
      )}
      <section aria-label={t.previewHeading}>
        <div className={styles.preview} dir={composed.dir} lang={composed.lang}>
          {composed.paragraphs.map((p) => (
            <p key={p.id} className={styles.paragraph}>
              {p.text}
            </p>
          ))}
        </div>
        <ToneFindings findings={findings} />
      </section>
      {composed.missing.length > 0 && (
        <Caption1 role="status">{missingFieldsText(t, composed.missing)}</Caption1>
      )}
      {!holdsReminder && (
        <Button
          appearance="primary"
          onClick={insert}
          // Still reached by Tab while fields are missing: the rep learns it is there, and why not yet.
          disabledFocusable={busy || composed.missing.length > 0}
        >
          {mode === "compose" ? t.insertReminder : t.replyWithReminder}
        </Button>
      )}
      <div aria-live="polite">
        {outcome && "done" in outcome && <Caption1>{outcome.done}</Caption1>}
      </div>
      {outcome && "error" in outcome && (
        <ErrorNotice error={outcome.error} onRetry={outcome.retry ?? insert} />
      )}
      {mode === "compose" && (
        <div>
          <Button appearance="subtle" size="small" onClick={() => void checkDraft()}>
            {t.checkDraft}
          </Button>
          {draftFindings instanceof Error ? (
            <ErrorNotice error={draftFindings} onRetry={() => void checkDraft()} />
          ) : (
            draftFindings && <ToneFindings findings={draftFindings} />
          )}
        </div>
      )}
    </Card>
  );
}
