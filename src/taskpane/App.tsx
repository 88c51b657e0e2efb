import {
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo } from "react";
import type { MailHost } from "../hosts/mailhost";
import { stringsFor, uiLanguageFor } from "../locales";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ErrorNotice } from "./components/ErrorNotice";
import { Header } from "./components/Header";
import { StringsProvider } from "./i18n";
import { useAsync } from "./use-async";

// The pane itself (the core's analysis and its cards) is a chunk of its own. It starts
// loading with the page, alongside the host (Office.js, the open item), and the frame —
// header, spinner, errors — shows meanwhile.
const paneModule = import(/* webpackChunkName: "pane" */ "./Pane");
const Pane = lazy(() => paneModule.then((m) => ({ default: m.Pane })));

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
export function App({ start }: { start: () => Promise<MailHost> }) {
  const styles = useStyles();
  const { current: started, retry } = useAsync(start, [start]);
  const locale = started.state === "ready" ? started.value.displayLanguage() : navigator.language;
  const strings = useMemo(() => stringsFor(uiLanguageFor(locale)), [locale]);

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <StringsProvider value={strings}>
        <main className={styles.root}>
          <Header />
          <ErrorBoundary fallback={(error, reset) => <ErrorNotice error={error} onRetry={reset} />}>
            {started.state === "loading" && <Spinner label={strings.loading} />}
            {started.state === "error" && <ErrorNotice error={started.error} onRetry={retry} />}
            {started.state === "ready" && (
              <Suspense fallback={<Spinner label={strings.loading} />}>
                <Pane host={started.value} locale={locale} />
              </Suspense>
            )}
          </ErrorBoundary>
        </main>
      </StringsProvider>
    </FluentProvider>
  );
}
