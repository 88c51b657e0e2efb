import {
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { MailHost } from "../hosts/mailhost";
import { stringsFor, uiLanguageFor } from "../locales";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ErrorNotice } from "./components/ErrorNotice";
import { Header } from "./components/Header";
import { SampleInsert } from "./components/SampleInsert";
import { ThreadMessages } from "./components/ThreadMessages";
import { StringsProvider, useStrings } from "./i18n";
import { useAsync } from "./use-async";
import { useOpenThread } from "./use-open-thread";

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

/** The pane for one host: the open thread and what can be done with it. */
function Pane({ host, locale }: { host: MailHost; locale: string }) {
  const t = useStrings();
  const { current, retry } = useOpenThread(host);
  if (current.state === "loading") return <Spinner label={t.loading} />;
  if (current.state === "error") return <ErrorNotice error={current.error} onRetry={retry} />;
  return (
    <div data-kindly-ready="true">
      <ThreadMessages thread={current.value.thread} locale={locale} />
      <SampleInsert host={host} mode={current.value.item.mode} />
    </div>
  );
}

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
            {started.state === "ready" && <Pane host={started.value} locale={locale} />}
          </ErrorBoundary>
        </main>
      </StringsProvider>
    </FluentProvider>
  );
}
