import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { calendarDateIn, type DelayReason, type MemoryWarning } from "../core";
import type { MailHost, OpenItem } from "../hosts/mailhost";
import { rememberChase, rememberOverride } from "../hosts/memory-store";
import { uiLanguageFor, type Strings } from "../locales";
import { chooseReason, setBuyerCountry } from "../hosts/preferences";
import { graphConfig } from "../hosts/graph/conversation";
import { BuyerCountry } from "./components/BuyerCountry";
import { ErrorNotice } from "./components/ErrorNotice";
import { ReasonCard } from "./components/ReasonCard";
import { SourceNotice } from "./components/SourceNotice";
import { StatusCard } from "./components/StatusCard";
import { ThreadMessages } from "./components/ThreadMessages";
import { useStrings } from "./i18n";
import { lazyPart } from "./lazy-part";
import type { Analyse } from "./analysis-client";
import { toError } from "./errors";
import type { Async } from "./use-async";
import { repZone, sameItem, useOpenThread, type OpenThread } from "./use-open-thread";

export { openThread } from "./use-open-thread";

// The composer carries the paragraph library and the tone rules: loaded after the first screen.
const Composer = lazyPart(() => import(/* webpackChunkName: "composer" */ "./components/Composer"));

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const MEMORY_WARNING: Record<MemoryWarning, keyof Strings> = {
  unreadable: "memoryUnreadable",
  newer: "memoryNewer",
  partial: "memoryPartial",
};

/** The pane for one host: the status first, then the thread and what can be done with it. */
export function Pane({
  host,
  analyse,
  locale,
  first,
}: {
  host: MailHost;
  /** Where the thread is analysed (the worker, or here). */
  analyse: Analyse;
  locale: string;
  /** The thread as read when the pane loaded, if this is the pane's first showing. */
  first?: Async<OpenThread>;
}) {
  const t = useStrings();
  const styles = useStyles();
  const lang = uiLanguageFor(locale);
  const { current, retry } = useOpenThread(host, analyse, first);
  // A save that failed, and its retry: shown over its own item alone (its retry saves for it).
  const [failure, setFailure] = useState<{
    item: OpenItem;
    error: Error;
    again: () => void;
  } | null>(null);
  // "Chase anyway" shows at once; the memory keeps it for the next time the thread opens.
  const [chosen, setChosen] = useState<{ item: OpenItem; day: string } | null>(null);
  // The reason the rep picks applies at once (decision, advice, composer) and is saved for the thread.
  const [picked, setPicked] = useState<{ item: OpenItem; reason: DelayReason } | null>(null);
  // What the composer did that the item read next is to hear of: it found another item open
  // than the one analysed (and wrote nothing, or did not tag its reminder), or it opened a
  // reply holding the reminder (the next item, if it is that reply). The item it was for, and
  // the item read next, above which the pane says so (and above no later one). Compared as
  // items, not as reads: the open item may be read twice (the change Outlook announced, and
  // the composer's retry), the notice above both.
  const [nextNotice, setNextNotice] = useState<{
    from: OpenItem;
    to: OpenItem | null;
    notice: "itemMoved" | "tagMoved" | "reminderReplyOpened";
  } | null>(null);
  const shown = current.state === "ready" ? current.value.item : null;
  // The item on screen, for a save that ends after the rep opened another one.
  const onScreen = useRef(shown);
  useEffect(() => {
    onScreen.current = shown;
  }, [shown]);
  useEffect(() => {
    setNextNotice((m) => {
      if (!m || !shown) return m;
      if (m.to) return sameItem(shown, m.to) ? m : null;
      if (sameItem(shown, m.from)) return m;
      const reply = shown.mode === "compose" && shown.conversationId === m.from.conversationId;
      return m.notice !== "reminderReplyOpened" || reply ? { ...m, to: shown } : null;
    });
    // Also when the notice comes: Outlook may say the reply is open after the pane read it.
  }, [shown, nextNotice]);
  // The composer is asked for once the first screen is up, so it never holds that screen back.
  const [firstScreenShown, setFirstScreenShown] = useState(false);
  const analysed = current.state === "ready";
  useEffect(() => {
    if (analysed) setFirstScreenShown(true);
  }, [analysed]);
  if (current.state === "loading") return <Spinner label={t.loading} />;
  if (current.state === "error") return <ErrorNotice error={current.error} onRetry={retry} />;
  const { item, warning, country, chosenReason, decideFor, source } = current.value;
  const override = chosen?.item === item ? chosen.day : current.value.override;
  const used = chosenReason ?? current.value.analysis.reason.label;
  const reason = picked?.item === item ? picked.reason : used;
  const analysis =
    reason === used
      ? current.value.analysis
      : { ...current.value.analysis, decision: decideFor(reason) };
  const evidenceMessage = analysis.thread.messages.find((m) => m.id === analysis.reason.messageId);

  /**
   * Runs a step that saves to the host for this item; a refusal is shown with a retry. `then`
   * runs after it succeeds, if the item is still on screen (not over the next one).
   */
  const saving = (step: () => Promise<unknown>, then?: () => void) => {
    const run = () => {
      setFailure(null);
      step().then(
        () => {
          if (onScreen.current && sameItem(onScreen.current, item)) then?.();
        },
        (error: unknown) => setFailure({ item, error: toError(error), again: run })
      );
    };
    run();
  };
  const notice = nextNotice?.to && sameItem(nextNotice.to, item) ? nextNotice.notice : null;
  const today = analysis.decision.today;
  const conversation = item.conversationId;

  return (
    <div className={styles.pane} data-kindly-ready="true">
      <StatusCard
        decision={analysis.decision}
        lang={lang}
        override={override}
        onChaseAnyway={() => {
          setChosen({ item, day: today });
          if (conversation) saving(() => rememberOverride(host.settings, conversation, today));
        }}
      />
      <SourceNotice
        source={source}
        onSignIn={() =>
          saving(async () => {
            // Asked for by the rep: the client may show its sign-in or consent window.
            const config = graphConfig(host.settings);
            const auth = config && (await host.graphAuth(config));
            if (auth) await auth.token(true);
          }, retry)
        }
      />
      {warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t[MEMORY_WARNING[warning]]}</MessageBarBody>
        </MessageBar>
      )}
      {failure && sameItem(failure.item, item) && (
        <ErrorNotice error={failure.error} onRetry={failure.again} />
      )}
      {notice && (
        <MessageBar
          intent={notice === "reminderReplyOpened" ? "success" : "info"}
          layout="multiline"
        >
          <MessageBarBody>{t[notice]}</MessageBarBody>
        </MessageBar>
      )}
      <ThreadMessages thread={analysis.thread} locale={locale} />
      <ReasonCard
        detected={analysis.reason}
        evidenceDay={
          evidenceMessage?.sentAt ? calendarDateIn(evidenceMessage.sentAt, repZone()) : null
        }
        reason={reason}
        lang={lang}
        onChoose={(next) => {
          setPicked({ item, reason: next });
          const manual = next === analysis.reason.label ? null : next;
          if (conversation) saving(() => chooseReason(host.settings, conversation, manual));
        }}
      />
      {firstScreenShown ? (
        <Composer
          loading={<Spinner size="tiny" label={t.composerLoading} />}
          key={item.itemId ?? item.conversationId ?? ""}
          host={host}
          item={item}
          onItemMoved={(why) => {
            setNextNotice({ from: item, to: null, notice: why });
            retry();
          }}
          onReplied={() => setNextNotice({ from: item, to: null, notice: "reminderReplyOpened" })}
          holdsReminder={notice === "reminderReplyOpened"}
          analysis={analysis}
          reason={reason}
          uiLang={lang}
          // The chase on the day of the insert, as the draft's tag has it (the pane may have
          // read the thread the day before): the send-time check knows it by that day.
          onInserted={() =>
            conversation &&
            saving(() =>
              rememberChase(
                host.settings,
                conversation,
                calendarDateIn(host.now().toISOString(), repZone())
              )
            )
          }
        />
      ) : (
        <Spinner size="tiny" label={t.composerLoading} />
      )}
      <BuyerCountry
        choice={country}
        lang={lang}
        onChange={(code) =>
          country.key && saving(() => setBuyerCountry(host.settings, country.key!, code), retry)
        }
      />
    </div>
  );
}
