import { FluentProvider, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { MailHost } from "../hosts/mailhost";
import { stringsFor, uiLanguageFor } from "../locales";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ErrorNotice } from "./components/ErrorNotice";
import { Header } from "./components/Header";
import { StringsProvider } from "./i18n";
import { useClientTheme } from "./theme";
import { loadPane as loadPaneChunk } from "./pane-chunk";
import { useAsync } from "./use-async";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
});

/** The frame that lasts: provider, header, start-up, error boundary. */
export function App({
  start,
  loadPane = loadPaneChunk,
}: {
  start: () => Promise<MailHost>;
  loadPane?: typeof loadPaneChunk;
}) {
  const styles = useStyles();
  const { current: started, retry } = useAsync(
    () => Promise.all([start(), loadPane()]).then(([host, { Pane }]) => ({ host, Pane })),
    [start, loadPane]
  );
  const locale =
    started.state === "ready" ? started.value.host.displayLanguage() : navigator.language;
  const theme = useClientTheme(started.state === "ready" ? started.value.host.theme() : null);
  const strings = useMemo(() => stringsFor(uiLanguageFor(locale)), [locale]);

  return (
    <FluentProvider theme={theme} lang={locale}>
      <StringsProvider value={strings}>
        <main className={styles.root}>
          <Header />
          <ErrorBoundary fallback={(error, reset) => <ErrorNotice error={error} onRetry={reset} />}>
            {started.state === "loading" && <Spinner label={strings.loading} />}
            {started.state === "error" && <ErrorNotice error={started.error} onRetry={retry} />}
            {started.state === "ready" && (
              <started.value.Pane host={started.value.host} locale={locale} />
            )}
          </ErrorBoundary>
        </main>
      </StringsProvider>
    </FluentProvider>
  );
}
