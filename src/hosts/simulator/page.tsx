import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  Subtitle1,
  Subtitle2,
  Text,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useReducer, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { DomComposer } from "./dom-composer";
import { SHARED_MAILBOX } from "./host";
import { SimMailbox, type SimMessage } from "./mailbox";
import { SAMPLE_THREADS } from "./samples";

/**
 * The simulator: a mailbox of sample buyer threads, a reply editor, and the
 * real task pane in a frame beside them, as Outlook shows it. The pane's
 * simulator host reaches this page's mailbox through `window.kindlySimulator`.
 */

const params = new URLSearchParams(window.location.search);
const now = params.get("now") ? new Date(`${params.get("now")}T12:00:00Z`) : new Date();
const mailbox = new SimMailbox(
  isNaN(now.getTime()) ? new Date() : now,
  window.localStorage,
  params.get("lang") ?? navigator.language
);
mailbox.setComposerFactory((quoted) => new DomComposer(quoted));
const theme = params.get("theme");
if (theme === "light" || theme === "dark") mailbox.theme = theme;
if (params.get("graph")) mailbox.useGraphEndpoint(params.get("graph")!);
if (params.get("thread")) mailbox.select(params.get("thread")!);
(window as unknown as Record<string, unknown>)[SHARED_MAILBOX] = mailbox;

/** The mail client the simulator plays: Outlook with the task pane, or Gmail with the add-on's card. */
type Client = "outlook" | "gmail";
const firstClient: Client = params.get("client") === "gmail" ? "gmail" : "outlook";
const GmailPanel = lazy(() => import(/* webpackChunkName: "sim-gmail" */ "./GmailPanel"));

const useStyles = makeStyles({
  app: {
    display: "grid",
    gridTemplateColumns: "minmax(200px, 260px) minmax(320px, 1fr) 360px",
    gridTemplateRows: "auto 1fr",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    gridColumn: "1 / 4",
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  list: {
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  threadButton: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: tokens.spacingVerticalS,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    background: "none",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  reading: {
    overflowY: "auto",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  message: {
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: {
    display: "block",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    marginTop: tokens.spacingVerticalS,
  },
  editor: {
    minHeight: "240px",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    "& .quoted": { color: tokens.colorNeutralForeground3 },
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  clients: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalXS },
  pane: {
    border: "none",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    width: "100%",
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

function useMailbox(): SimMailbox {
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => mailbox.subscribe(refresh), []);
  return mailbox;
}

function MessageCard({ message }: { message: SimMessage }) {
  const styles = useStyles();
  return (
    <article className={styles.message} data-message-id={message.id}>
      <Text weight="semibold">{message.from.name}</Text>{" "}
      <Caption1>&lt;{message.from.address}&gt;</Caption1>
      <br />
      <Caption1>{message.sentAt.toUTCString()}</Caption1>
      <Body1 as="p" className={styles.text}>
        {message.text}
      </Body1>
    </article>
  );
}

function Editor() {
  const styles = useStyles();
  const box = useMailbox();
  const ref = useRef<HTMLDivElement>(null);
  const draft = box.currentDraft;
  useEffect(() => {
    const composer = draft?.composer;
    if (ref.current && composer instanceof DomComposer) composer.attach(ref.current);
    return () => {
      if (composer instanceof DomComposer) composer.detach();
    };
  }, [draft]);
  if (!draft) return null;
  return (
    <section aria-label="Reply">
      <Caption1>To: {draft.to.map((a) => `${a.name} <${a.address}>`).join("; ")}</Caption1>
      <br />
      <Caption1>Subject: {draft.subject}</Caption1>
      <div
        ref={ref}
        id="compose-body"
        className={styles.editor}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Message body"
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => box.send()}>
          Send
        </Button>
        <Button onClick={() => box.discard()}>Discard</Button>
      </div>
    </section>
  );
}

function Simulator() {
  const styles = useStyles();
  const box = useMailbox();
  const thread = box.thread;
  const paneUrl = `taskpane.html?host=simulator`;
  const [client, setClient] = useState<Client>(firstClient);
  return (
    <div className={styles.app}>
      <header className={styles.bar}>
        <Title3 as="h1">Kindly simulator</Title3>
        <Caption1>
          A mailbox in the browser: open a buyer thread, reply, and use Kindly on the right, as
          Outlook&apos;s task pane or as Gmail&apos;s add-on card.
        </Caption1>
        <div className={styles.clients} role="group" aria-label="Mail client">
          {(["outlook", "gmail"] as const).map((c) => (
            <Button
              key={c}
              size="small"
              appearance={client === c ? "secondary" : "primary"}
              aria-pressed={client === c}
              onClick={() => setClient(c)}
            >
              {c === "outlook" ? "Outlook" : "Gmail"}
            </Button>
          ))}
        </div>
      </header>
      <nav className={styles.list} aria-label="Threads">
        {SAMPLE_THREADS.map((t) => (
          <button
            key={t.id}
            data-thread-id={t.id}
            className={`${styles.threadButton} ${t.id === thread.id ? styles.selected : ""}`}
            aria-current={t.id === thread.id}
            onClick={() => box.select(t.id)}
          >
            <Text weight="semibold">{t.buyer.name}</Text>
            <br />
            <Caption1>{t.subject}</Caption1>
            <br />
            <Caption1>{t.label}</Caption1>
          </button>
        ))}
      </nav>
      <section className={styles.reading} aria-label="Reading pane">
        <Subtitle1 as="h2">{thread.subject}</Subtitle1>
        {thread.messages.map((m) => (
          <MessageCard key={m.id} message={m} />
        ))}
        {box.mode === "read" ? (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => box.reply()}>
              Reply
            </Button>
          </div>
        ) : (
          <>
            <Subtitle2 as="h2">Your reply</Subtitle2>
            <Editor />
          </>
        )}
      </section>
      {client === "outlook" ? (
        <iframe className={styles.pane} title="Kindly" src={paneUrl} />
      ) : (
        <Suspense fallback={null}>
          <GmailPanel mailbox={box} opened={`${thread.id} ${box.mode} ${thread.messages.length}`} />
        </Suspense>
      )}
    </div>
  );
}

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <FluentProvider theme={mailbox.theme === "dark" ? webDarkTheme : webLightTheme}>
      <Simulator />
    </FluentProvider>
  );
