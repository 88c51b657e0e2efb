import {
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { MailHost } from "../hosts/mailhost";
import { isUiLanguage, stringsFor, uiLanguageFor, UI_LANGUAGE_KEY } from "../locales";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ErrorNotice } from "./components/ErrorNotice";
import { Header } from "./components/Header";
import type { SettingsDone } from "./components/Settings";
import { StringsProvider } from "./i18n";
import { useClientTheme } from "./theme";
import { analyseHere, type Analyse } from "./analysis-client";
import { lazyPart } from "./lazy-part";
import { loadPane as loadPaneChunk } from "./pane-chunk";
import { settle, useAsync } from "./use-async";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    // A task pane is 320 px wide, 160 px at 200% zoom: controls shrink and words wrap
    // rather than push the pane sideways.
    overflowWrap: "anywhere",
    "& .fui-Input, & .fui-Select, & .fui-Textarea, & .fui-Field": {
      minWidth: 0,
      maxWidth: "100%",
    },
    "& .fui-Input__input, & .fui-Select__select": { minWidth: 0, width: "100%" },
    "& .fui-RadioGroup": { flexWrap: "wrap" },
    "& .fui-Radio, & .fui-Checkbox": { minWidth: 0 },
  },
});

// The settings screen is its own chunk: most days the rep never opens it.
const Settings = lazyPart(() => import(/* webpackChunkName: "settings" */ "./components/Settings"));

/** The frame that lasts: provider, header, start-up, error boundary. */
export function App({
  start,
  analyse = analyseHere,
  loadPane = loadPaneChunk,
}: {
  start: () => Promise<MailHost>;
  /** Where the thread is analysed: early.ts's worker, else the pane's own thread. */
  analyse?: Analyse;
  loadPane?: typeof loadPaneChunk;
}) {
  const styles = useStyles();
  const { current: started, retry } = useAsync(
    () =>
      Promise.all([start(), loadPane()]).then(async ([host, { Pane, openThread }]) => ({
        host,
        Pane,
        // The thread is read the moment the host and the pane's chunk are there, and the pane
        // shows it in its first render: no spinner of its own to render and paint first.
        first: await settle(openThread(host, analyse)),
      })),
    [start, analyse, loadPane]
  );
  const [view, setView] = useState<"pane" | "settings">("pane");
  // Bumped when the settings are saved: the pane reads the thread again under them (a new
  // pane, without the first read). While the settings show, the pane stays, out of sight:
  // Cancel brings it back as the rep left it.
  const [saved, setSaved] = useState(0);
  // What the settings did as they closed, said in the header until they are opened again.
  const [said, setSaid] = useState<SettingsDone | null>(null);
  const host = started.state === "ready" ? started.value.host : null;
  // The UI language the rep chose in the settings, else the client's display language.
  const chosen = host?.settings.get(UI_LANGUAGE_KEY);
  const locale = isUiLanguage(chosen) ? chosen : (host?.displayLanguage() ?? navigator.language);
  // Null while a dark or high-contrast theme loads: the loading line stays until it has.
  const theme = useClientTheme(host?.theme() ?? null);
  const lang = uiLanguageFor(locale);
  const strings = useMemo(() => stringsFor(lang), [lang]);

  // Until the pane can show the thread, a plain loading line styled by taskpane.html (it is
  // already there before any script runs): the frame of Fluent UI is rendered once, with the
  // thread in it, instead of a spinner first and the pane after (two renders and paints).
  if (started.state === "loading" || (started.state === "ready" && !theme)) {
    return (
      <div className="kindly-boot" role="status">
        <span className="kindly-boot-spinner" aria-hidden="true" />
        {strings.loading}
      </div>
    );
  }

  return (
    <FluentProvider theme={theme ?? webLightTheme} lang={locale}>
      <StringsProvider value={strings}>
        <main className={styles.root}>
          <Header
            settingsOpen={view === "settings"}
            said={said}
            onSettings={
              host
                ? () => {
                    setSaid(null);
                    setView(view === "settings" ? "pane" : "settings");
                  }
                : undefined
            }
          />
          <ErrorBoundary fallback={(error, reset) => <ErrorNotice error={error} onRetry={reset} />}>
            {started.state === "error" && <ErrorNotice error={started.error} onRetry={retry} />}
            {started.state === "ready" && (
              <div hidden={view === "settings"}>
                <started.value.Pane
                  key={saved}
                  host={started.value.host}
                  analyse={analyse}
                  locale={locale}
                  first={saved === 0 ? started.value.first : undefined}
                />
              </div>
            )}
            {started.state === "ready" && view === "settings" && (
              <Settings
                loading={<Spinner label={strings.loading} />}
                host={started.value.host}
                lang={lang}
                onClose={() => setView("pane")}
                onSaved={(done) => {
                  setSaid(done);
                  setSaved((n) => n + 1);
                  setView("pane");
                }}
              />
            )}
          </ErrorBoundary>
        </main>
      </StringsProvider>
    </FluentProvider>
  );
}
