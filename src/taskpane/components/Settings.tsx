import {
  Button,
  Caption1,
  Field,
  Input,
  type FieldProps,
  type InputProps,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { countryName, DEFAULT_POLICY, type UiLanguage } from "../../core/policy";
import { GRAPH_CLOUDS, type GraphCloud } from "../../hosts/graph/graph-source";
import type { MailHost } from "../../hosts/mailhost";
import {
  loadSettings,
  MAX_NAME_LENGTH,
  MAX_TEAM_FILE_LENGTH,
  resetSettings,
  saveSettings,
  SettingsError,
  UI_LANGUAGES,
  validateSettings,
  type RepSettings,
  type SettingsProblems,
} from "../../hosts/settings";
import { format, type Strings } from "../../locales";
import { useStrings } from "../i18n";
import { toError } from "../errors";
import { ErrorNotice } from "./ErrorNotice";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    maxWidth: "100%",
    overflowWrap: "anywhere",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { margin: 0 },
  field: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  gaps: {
    display: "grid",
    gridTemplateColumns: "repeat(4, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  country: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  countryText: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  remove: { flexShrink: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The UI languages by their own names: a rep finds theirs whatever the UI speaks now. */
const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: "English",
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
};

/** Each national cloud's name in the UI strings. */
const CLOUD_NAMES: Record<GraphCloud, keyof Strings> = {
  global: "settingsGraphCloudGlobal",
  usGov: "settingsGraphCloudUsGov",
  usGovDod: "settingsGraphCloudUsGovDod",
  china: "settingsGraphCloudChina",
};
/** The clouds the rep can pick: Graph's root, the cloud's name and the host shown beside it. */
const CLOUDS = (Object.keys(CLOUD_NAMES) as GraphCloud[]).map((cloud) => ({
  url: GRAPH_CLOUDS[cloud].graph,
  name: CLOUD_NAMES[cloud],
  address: new URL(GRAPH_CLOUDS[cloud].graph).host,
}));

type NumberField = "autoReplyHold" | "afterPromise" | "middlemanMinGap" | "competitorMaxGap";
const NUMBER_FIELDS: ReadonlyArray<{
  key: NumberField;
  label: keyof Strings;
  hint: keyof Strings;
  min: number;
  max: number;
}> = [
  {
    key: "autoReplyHold",
    label: "settingsAutoReplyHold",
    hint: "settingsAutoReplyHoldHint",
    min: 1,
    max: 30,
  },
  {
    key: "afterPromise",
    label: "settingsAfterPromise",
    hint: "settingsAfterPromiseHint",
    min: 0,
    max: 10,
  },
  {
    key: "middlemanMinGap",
    label: "settingsMiddlemanMinGap",
    hint: "settingsMiddlemanMinGapHint",
    min: 1,
    max: 30,
  },
  {
    key: "competitorMaxGap",
    label: "settingsCompetitorMaxGap",
    hint: "settingsCompetitorMaxGapHint",
    min: 1,
    max: 30,
  },
];
const GAP_LABELS: ReadonlyArray<keyof Strings> = [
  "settingsGap1",
  "settingsGap2",
  "settingsGap3",
  "settingsGap4",
];

/** The form as typed: numbers stay text until they are checked. */
interface Draft {
  repName: string;
  company: string;
  gaps: string[];
  numbers: Record<NumberField, string>;
  countries: Record<string, string>;
  teamFile: string;
  uiLanguage: RepSettings["uiLanguage"];
  graph: RepSettings["graph"];
}

function toDraft(settings: RepSettings): Draft {
  const { gaps, ...rest } = settings.policy;
  // Four inputs: a shorter list repeats its last wait, which is what the policy does anyway.
  const four = GAP_LABELS.map((_, i) => gaps[Math.min(i, gaps.length - 1)]);
  return {
    repName: settings.repName,
    company: settings.company,
    gaps: four.map(String),
    numbers: {
      autoReplyHold: String(rest.autoReplyHold),
      afterPromise: String(rest.afterPromise),
      middlemanMinGap: String(rest.middlemanMinGap),
      competitorMaxGap: String(rest.competitorMaxGap),
    },
    countries: { ...settings.countries },
    teamFile: settings.teamFile,
    uiLanguage: settings.uiLanguage,
    graph: { ...settings.graph },
  };
}

/** A typed number; NaN for anything that is not one (an empty field is not 0). */
function parseNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
}

function fromDraft(draft: Draft): RepSettings {
  return {
    repName: draft.repName,
    company: draft.company,
    policy: {
      gaps: draft.gaps.map(parseNumber),
      autoReplyHold: parseNumber(draft.numbers.autoReplyHold),
      afterPromise: parseNumber(draft.numbers.afterPromise),
      middlemanMinGap: parseNumber(draft.numbers.middlemanMinGap),
      competitorMaxGap: parseNumber(draft.numbers.competitorMaxGap),
    },
    countries: draft.countries,
    teamFile: draft.teamFile,
    uiLanguage: draft.uiLanguage,
    graph: draft.graph,
  };
}

/** The UI language whose strings are in use (the tables are shared, so identity tells). */
type Outcome = { error: Error; retry: () => void } | { problems: SettingsProblems } | null;

/** What saving did, as a key of the pane's words: said in the UI language the settings chose. */
export type SettingsDone = "settingsSaved" | "settingsResetDone";

interface Props {
  host: MailHost;
  /** The UI language the pane shows (country names are written in it). */
  lang: UiLanguage;
  /** The rep leaves the screen (Cancel). */
  onClose: () => void;
  /**
   * The settings were saved or reset (`done`, the words that say which): the screen closes,
   * the pane applies them and says so.
   */
  onSaved: (done: SettingsDone) => void;
}

/**
 * The rep's settings: their name and company, the cooling-off numbers (PRODUCT.md §3), the
 * buyers' countries they set, the team's paragraph file, the Microsoft Graph app registration
 * and cloud, and the UI language. Checked as typed; nothing is saved while a field is wrong.
 */
export default function Settings({ host, lang, onClose, onSaved }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const [stored] = useState<RepSettings>(() => loadSettings(host.settings));
  const [draft, setDraft] = useState<Draft>(() => toDraft(stored));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // The question takes the focus (on its safe answer) and gives it back to Reset when answered.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) resetRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const problems = validateSettings(fromDraft(draft));
  const invalid = Object.keys(problems).length > 0;

  const edit = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setOutcome(null);
  };

  /** Field props that show a field's problem under it. */
  const check = (field: string) =>
    problems[field]
      ? { validationState: "error" as const, validationMessage: t[problems[field]] }
      : {};

  async function save() {
    if (invalid) {
      setOutcome({ problems: {} });
      return;
    }
    const settings = fromDraft(draft);
    setBusy(true);
    setOutcome(null);
    try {
      await saveSettings(host.settings, settings);
      onSaved("settingsSaved");
    } catch (thrown) {
      setOutcome(
        thrown instanceof SettingsError
          ? { problems: thrown.problems }
          : { error: toError(thrown), retry: () => void save() }
      );
    } finally {
      setBusy(false);
    }
  }

  async function reset() {
    setConfirming(false);
    setBusy(true);
    setOutcome(null);
    try {
      await resetSettings(host.settings);
      onSaved("settingsResetDone");
    } catch (thrown) {
      setOutcome({ error: toError(thrown), retry: () => void reset() });
    } finally {
      setBusy(false);
    }
  }

  const removeCountry = (key: string) => {
    const countries = { ...draft.countries };
    delete countries[key];
    edit({ countries });
  };

  const countries = Object.entries(draft.countries).sort(([a], [b]) => a.localeCompare(b));
  // A Graph address that is none of the clouds (a test endpoint) stays choosable, so saving keeps it.
  const otherUrls = [...new Set([stored.graph.baseUrl, draft.graph.baseUrl])].filter(
    (url) => !CLOUDS.some((cloud) => cloud.url === url)
  );
  const editGraph = (change: Partial<Draft["graph"]>) =>
    edit({ graph: { ...draft.graph, ...change } });
  const refused =
    outcome && "problems" in outcome
      ? Object.values(outcome.problems).map((problem) => t[problem])
      : [];

  return (
    <section className={styles.root} aria-labelledby="kindly-settings-heading">
      <Subtitle2 as="h2" id="kindly-settings-heading" className={styles.heading}>
        {t.settingsHeading}
      </Subtitle2>

      <Section id="kindly-settings-you" title={t.settingsYouHeading}>
        <TextField
          label={t.fieldRepName}
          hint={t.settingsRepNameHint}
          {...check("repName")}
          value={draft.repName}
          placeholder={host.user().displayName}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          onValue={(repName) => edit({ repName })}
        />
        <TextField
          label={t.fieldCompany}
          {...check("company")}
          value={draft.company}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="organization"
          onValue={(company) => edit({ company })}
        />
      </Section>

      <Section id="kindly-settings-chase" title={t.settingsChaseHeading}>
        <fieldset className={styles.fieldset} aria-describedby="kindly-settings-gaps-hint">
          <legend className={styles.legend}>
            <Caption1>{t.settingsGapsLabel}</Caption1>
          </legend>
          <div className={styles.gaps}>
            {GAP_LABELS.map((label, i) => (
              <TextField
                key={label}
                label={t[label]}
                {...check(`policy.gaps.${i}`)}
                type="number"
                inputMode="numeric"
                min={1}
                max={30}
                value={draft.gaps[i]}
                onValue={(gap) => edit({ gaps: draft.gaps.map((g, j) => (j === i ? gap : g)) })}
              />
            ))}
          </div>
          <Caption1 id="kindly-settings-gaps-hint" className={styles.hint}>
            {t.settingsGapsHint}
          </Caption1>
          {problems["policy.gaps"] && (
            <Caption1 role="alert">{t[problems["policy.gaps"]]}</Caption1>
          )}
        </fieldset>
        {NUMBER_FIELDS.map(({ key, label, hint, min, max }) => (
          <TextField
            key={key}
            label={t[label]}
            hint={t[hint]}
            {...check(`policy.${key}`)}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            placeholder={String(DEFAULT_POLICY[key])}
            value={draft.numbers[key]}
            onValue={(value) => edit({ numbers: { ...draft.numbers, [key]: value } })}
          />
        ))}
      </Section>

      <Section id="kindly-settings-countries" title={t.settingsCountriesHeading}>
        <Caption1 className={styles.hint}>{t.settingsCountriesHint}</Caption1>
        {countries.length === 0 ? (
          <Caption1>{t.settingsCountriesEmpty}</Caption1>
        ) : (
          <ul className={styles.list}>
            {countries.map(([key, code]) => (
              <li key={key} className={styles.country}>
                <span className={styles.countryText}>
                  {key} → {countryName(code, lang)}
                  {problems[`countries.${key}`] && (
                    <Caption1 role="alert" as="span" block>
                      {t[problems[`countries.${key}`]]}
                    </Caption1>
                  )}
                </span>
                <Button
                  className={styles.remove}
                  size="small"
                  aria-label={format(t.settingsRemoveFor, { key })}
                  onClick={() => removeCountry(key)}
                >
                  {t.settingsRemove}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {problems.countries && <Caption1 role="alert">{t[problems.countries]}</Caption1>}
      </Section>

      <Section id="kindly-settings-team" title={t.settingsTeamHeading}>
        <TextField
          label={t.settingsTeamFile}
          hint={t.settingsTeamFileHint}
          {...check("teamFile")}
          type="url"
          inputMode="url"
          placeholder="https://"
          maxLength={MAX_TEAM_FILE_LENGTH}
          value={draft.teamFile}
          onValue={(teamFile) => edit({ teamFile })}
        />
      </Section>

      <Section id="kindly-settings-graph" title={t.settingsGraphHeading}>
        <TextField
          label={t.settingsGraphClientId}
          hint={t.settingsGraphClientIdHint}
          {...check("graph.clientId")}
          placeholder="00000000-0000-0000-0000-000000000000"
          spellCheck={false}
          autoComplete="off"
          value={draft.graph.clientId}
          onValue={(clientId) => editGraph({ clientId })}
        />
        <Field
          className={styles.field}
          label={t.settingsGraphCloud}
          size="small"
          {...check("graph.baseUrl")}
        >
          <Select
            className={styles.control}
            size="small"
            value={draft.graph.baseUrl}
            onChange={(_, data) => editGraph({ baseUrl: data.value })}
          >
            {CLOUDS.map(({ url, name, address }) => (
              <option key={url} value={url}>
                {`${t[name]} (${address})`}
              </option>
            ))}
            {otherUrls.map((url) => (
              <option key={url} value={url}>
                {url}
              </option>
            ))}
          </Select>
        </Field>
      </Section>

      <Section id="kindly-settings-language" title={t.settingsLanguageHeading}>
        <Field
          className={styles.field}
          label={t.settingsLanguage}
          hint={t.settingsLanguageHint}
          size="small"
          {...check("uiLanguage")}
        >
          <Select
            className={styles.control}
            size="small"
            value={draft.uiLanguage}
            onChange={(_, data) => edit({ uiLanguage: data.value as Draft["uiLanguage"] })}
          >
            <option value="auto">{t.settingsLanguageAuto}</option>
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </Select>
        </Field>
      </Section>

      {outcome && "problems" in outcome && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{refused.length ? refused.join(" ") : t.settingsFixFirst}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && "error" in outcome && (
        <ErrorNotice error={outcome.error} onRetry={outcome.retry} />
      )}

      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
          {t.settingsSave}
        </Button>
        <Button disabledFocusable={busy} onClick={onClose}>
          {t.settingsCancel}
        </Button>
        <Button
          ref={resetRef}
          appearance="subtle"
          disabledFocusable={busy}
          aria-expanded={confirming}
          aria-controls={confirming ? "kindly-settings-reset-question" : undefined}
          onClick={() => {
            setOutcome(null);
            setConfirming(true);
          }}
        >
          {t.settingsReset}
        </Button>
      </div>

      {confirming && (
        <MessageBar intent="warning" layout="multiline" id="kindly-settings-reset-question">
          <MessageBarBody>{t.settingsResetQuestion}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void reset()}>
              {t.settingsResetConfirm}
            </Button>
            <Button size="small" ref={keepRef} onClick={() => setConfirming(false)}>
              {t.settingsResetKeep}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}

/** A titled part of the form: a section named by its h3. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

type TextFieldProps = Pick<FieldProps, "label" | "hint" | "validationState" | "validationMessage"> &
  Omit<InputProps, "size" | "className" | "onChange"> & {
    /** The rep changed the text. */
    onValue: (value: string) => void;
  };

/** A labelled text box (or number box) with its hint and, when it is wrong, its problem. */
function TextField({
  label,
  hint,
  validationState,
  validationMessage,
  onValue,
  ...input
}: TextFieldProps) {
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={label}
      hint={hint}
      size="small"
      validationState={validationState}
      validationMessage={validationMessage}
    >
      <Input
        {...input}
        className={styles.control}
        size="small"
        onChange={(_, data) => onValue(data.value)}
      />
    </Field>
  );
}
