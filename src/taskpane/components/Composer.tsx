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
  compose,
  FIELD_NAMES,
  LEVERS,
  orderRefText,
  type Ask,
  type ComposeFields,
  type FieldName,
  type Lever,
  type Strength,
} from "../../core/compose";
import { checkTone, type ToneFinding } from "../../core/tone";
import { itemToMessage, type ItemMode, type MailHost } from "../../hosts/mailhost";
import { loadProfile, saveProfile } from "../../hosts/preferences";
import { format, type Strings } from "../../locales";
import { useStrings } from "../i18n";
import { teamFileFor } from "../../hosts/settings";
import { fetchTeamLibraries } from "../team-library";
import { toError, useAsync } from "../use-async";
import { repZone } from "../use-open-thread";
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

const LEVER_LABEL: Record<Lever, keyof Strings> = {
  production: "leverProduction",
  price_validity: "leverPriceValidity",
  effort: "leverEffort",
};

const FIELD_LABEL: Record<FieldName, keyof Strings> = {
  buyerName: "fieldBuyerName",
  repName: "fieldRepName",
  company: "fieldCompany",
  orderRef: "fieldOrderRef",
  amount: "fieldAmount",
  confirmedOn: "fieldConfirmedOn",
  slotDeadline: "fieldSlotDeadline",
  priceValidUntil: "fieldPriceValidUntil",
};

const DATE_FIELDS: ReadonlySet<FieldName> = new Set([
  "confirmedOn",
  "slotDeadline",
  "priceValidUntil",
]);

/** What the rep typed into the form, as typed. */
type Edits = Partial<Record<FieldName | "currency", string>>;

/** The reminder's fields from the thread, the rep's profile and the form (the form wins). */
function fieldsFor(base: ComposeFields, edits: Edits): ComposeFields {
  const fields: ComposeFields = { ...base };
  for (const name of ["buyerName", "repName", "company", "orderRef"] as const) {
    const value = edits[name]?.trim();
    if (value) fields[name] = value;
  }
  for (const name of ["confirmedOn", "slotDeadline", "priceValidUntil"] as const) {
    const value = edits[name];
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) fields[name] = value;
  }
  const amount = Number(edits.amount?.replace(/[\s,]/g, ""));
  const currency = (edits.currency ?? base.amount?.currency ?? "").trim().toUpperCase();
  if (edits.amount && Number.isFinite(amount) && amount > 0 && /^[A-Z]{3}$/.test(currency)) {
    fields.amount = { amount, currency };
  }
  return fields;
}

interface Props {
  host: MailHost;
  mode: ItemMode;
  analysis: Analysis;
  reason: DelayReason;
  uiLang: UiLanguage;
  /** A reminder went into the draft (compose mode): the pane remembers the chase. */
  onInserted: () => void;
}

/**
 * The reminder composer (PRODUCT.md §5): levers, language, the details it needs, a preview
 * with its tone, and Insert. Loaded after the first screen: it carries the paragraph library.
 */
export default function Composer({ host, mode, analysis, reason, uiLang, onInserted }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const [lang, setLang] = useState<BuyerLanguage>(analysis.buyerLanguage ?? "en");
  const [levers, setLevers] = useState<ReadonlySet<Lever>>(new Set());
  const [strength, setStrength] = useState<Strength>("gentle");
  // The facts' tables come with this chunk: the first screen did not need them.
  const facts = useMemo(() => threadFacts(analysis.thread, repZone()), [analysis.thread]);
  const [ask, setAsk] = useState<Ask>(facts.promisedDate ? "slip" : "date");
  const [edits, setEdits] = useState<Edits>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ done: string } | { error: Error } | null>(null);
  const [draftFindings, setDraftFindings] = useState<ToneFinding[] | null>(null);

  const base = useMemo((): ComposeFields => {
    const { buyer } = analysis;
    const profile = loadProfile(host.settings);
    return {
      buyerName: buyer.address?.name || undefined,
      repName: profile.repName ?? (host.user().displayName || undefined),
      company: profile.company,
      orderRef: facts.orderRef ? orderRefText(facts.orderRef, lang) : undefined,
      amount: facts.amount
        ? { amount: facts.amount.amount, currency: facts.amount.currency }
        : undefined,
      confirmedOn: facts.confirmedOn ?? undefined,
      priceValidUntil: facts.priceValidUntil ?? undefined,
    };
  }, [analysis, facts, host, lang]);

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
  const request = {
    lang,
    reason,
    levers: LEVERS.filter((l) => levers.has(l)),
    strength,
    relationship:
      analysis.decision.k > 0 || analysis.decision.why.rule !== "no-chase"
        ? ("later" as const)
        : ("first" as const),
    ask,
  };
  // The fields the thread and profile leave open are asked for, and stay in the form while typed.
  const asked = compose({ ...request, fields: base }, library).missing;
  const composed = compose({ ...request, fields: fieldsFor(base, edits) }, library);
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
    try {
      const content = { html: composed.html, text: composed.text };
      if (edits.repName !== undefined || edits.company !== undefined) {
        await saveProfile(host.settings, { repName: edits.repName, company: edits.company });
      }
      if (mode === "read") {
        await host.replyWith(content);
        setOutcome({ done: t.reminderReplyOpened });
        return;
      }
      await host.insertAtCursor(content);
      onInserted();
      try {
        await host.tagChase();
        setOutcome({ done: t.reminderInserted });
      } catch (error) {
        setOutcome({ done: format(t.tagFailed, { error: toError(error).message }) });
      }
    } catch (error) {
      setOutcome({ error: toError(error) });
    } finally {
      setBusy(false);
    }
  }

  async function checkDraft() {
    const item = await host.openItem();
    const { body, format: bodyFormat } = itemToMessage(item);
    setDraftFindings(checkTone(newText(body, bodyFormat)));
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
                <Field label={t.fieldAmount} size="small">
                  <Input
                    size="small"
                    inputMode="decimal"
                    value={edits.amount ?? ""}
                    onChange={(_, data) => setEdits((e) => ({ ...e, amount: data.value }))}
                  />
                </Field>
                <Field label={t.fieldCurrency} size="small">
                  <Input
                    size="small"
                    maxLength={3}
                    value={edits.currency ?? ""}
                    onChange={(_, data) => setEdits((e) => ({ ...e, currency: data.value }))}
                  />
                </Field>
              </div>
            ) : (
              <Field key={name} label={t[FIELD_LABEL[name]]} size="small">
                <Input
                  size="small"
                  type={DATE_FIELDS.has(name) ? "date" : "text"}
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
        <Caption1 role="status">
          {format(t.missingFields, {
            fields: composed.missing.map((f) => t[FIELD_LABEL[f]]).join(", "),
          })}
        </Caption1>
      )}
      <Button
        appearance="primary"
        onClick={insert}
        // Still reached by Tab while fields are missing: the rep learns it is there, and why not yet.
        disabledFocusable={busy || composed.missing.length > 0}
      >
        {mode === "compose" ? t.insertReminder : t.replyWithReminder}
      </Button>
      <div aria-live="polite">
        {outcome && "done" in outcome && <Caption1>{outcome.done}</Caption1>}
      </div>
      {outcome && "error" in outcome && <ErrorNotice error={outcome.error} onRetry={insert} />}
      {mode === "compose" && (
        <div>
          <Button appearance="subtle" size="small" onClick={() => void checkDraft()}>
            {t.checkDraft}
          </Button>
          {draftFindings && <ToneFindings findings={draftFindings} />}
        </div>
      )}
    </Card>
  );
}
