import { makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CardNode } from "../gmail/card-recorder";
import { parseCardHtml, type CardText } from "./card-html";
import { formOf, GmailSession, type FormValues } from "./gmail";
import type { SimMailbox } from "./mailbox";

/*
 * Gmail's side panel in the simulator: the card Kindly's add-on builds (recorded by the fake
 * CardService), drawn as Gmail draws cards, with its controls wired to the add-on's actions.
 * The colours are Gmail's light card colours and the add-on's own, as in Gmail, not the pane's
 * Fluent theme. This module is a chunk of its own: the simulator loads it when the rep picks Gmail.
 */

const INK = "#1f1f1f";
const GREY = "#5f6368";
const BLUE = "#0b57d0";
const LINE = "#e0e0e0";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    backgroundColor: "#ffffff",
    color: INK,
    fontFamily: '"Google Sans", Roboto, Arial, sans-serif',
    fontSize: "14px",
    lineHeight: "20px",
    borderLeft: `1px solid ${LINE}`,
  },
  scroll: { flexGrow: 1, overflowY: "auto", overflowWrap: "anywhere" },
  header: { padding: "16px", borderBottom: `1px solid ${LINE}` },
  title: { margin: 0, fontSize: "16px", fontWeight: 500 },
  subtitle: { color: GREY, fontSize: "12px" },
  progress: { padding: "0 16px", fontSize: "12px", color: GREY },
  notice: { padding: "8px 16px", backgroundColor: "#fce8e6", color: "#8c1d18" },
  section: {
    padding: "12px 16px",
    borderBottom: `1px solid ${LINE}`,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  sectionHeader: { margin: 0, fontSize: "14px", fontWeight: 500 },
  label: { display: "block", color: GREY, fontSize: "12px" },
  control: {
    boxSizing: "border-box",
    width: "100%",
    padding: "8px",
    border: "1px solid #747775",
    borderRadius: "4px",
    backgroundColor: "#ffffff",
    color: INK,
    font: "inherit",
  },
  group: { border: "none", margin: 0, padding: 0 },
  choice: { display: "flex", alignItems: "center", gap: "8px", padding: "2px 0" },
  textButton: {
    alignSelf: "flex-start",
    padding: "8px 12px",
    border: "none",
    borderRadius: "18px",
    backgroundColor: "transparent",
    color: BLUE,
    font: "inherit",
    fontWeight: 500,
    cursor: "pointer",
    ":hover": { backgroundColor: "#e8f0fe" },
    ":disabled": { color: GREY, cursor: "default" },
  },
  filled: {
    backgroundColor: BLUE,
    color: "#ffffff",
    ":hover": { backgroundColor: "#0842a0" },
    ":disabled": { backgroundColor: "#e3e3e3", color: GREY },
  },
  footer: { padding: "8px 16px", borderTop: `1px solid ${LINE}` },
});

/** Card text (Gmail's few tags) as React elements: text stays text. */
function rich(nodes: readonly CardText[]): ReactNode {
  return nodes.map((node, i) => {
    if (typeof node === "string") return node;
    const children = rich(node.children);
    switch (node.tag) {
      case "br":
        return <br key={i} />;
      case "font":
        return (
          <span key={i} style={node.color ? { color: node.color } : undefined}>
            {children}
          </span>
        );
      case "a":
        return node.href ? (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        ) : (
          <span key={i}>{children}</span>
        );
      default: {
        const Tag = node.tag;
        return <Tag key={i}>{children}</Tag>;
      }
    }
  });
}

const html = (value: unknown) => rich(parseCardHtml(String(value ?? "")));
const list = (value: unknown) => (Array.isArray(value) ? (value as CardNode[]) : []);

type Act = (action: CardNode, form: FormValues) => void;

interface WidgetProps {
  node: CardNode;
  form: FormValues;
  setForm: (form: FormValues) => void;
  act: Act;
  busy: boolean;
}

function SelectionInput({ node, form, setForm, act }: WidgetProps) {
  const styles = useStyles();
  const name = String(node.fieldName);
  const items = list(node.items) as unknown as { text: string; value: string }[];
  const chosen = form[name] ?? [];
  const change = (values: string[]) => {
    const next = { ...form, [name]: values };
    setForm(next);
    if (node.onChange) act(node.onChange as CardNode, next);
  };
  if (node.type === "DROPDOWN")
    return (
      <label>
        <span className={styles.label}>{String(node.title)}</span>
        <select
          className={styles.control}
          name={name}
          value={chosen[0] ?? ""}
          onChange={(e) => change([e.target.value])}
        >
          {items.map((item) => (
            <option key={item.value} value={item.value}>
              {item.text}
            </option>
          ))}
        </select>
      </label>
    );
  const radio = node.type === "RADIO_BUTTON";
  return (
    <fieldset className={styles.group}>
      <legend className={styles.label}>{String(node.title)}</legend>
      {items.map((item) => (
        <label key={item.value} className={styles.choice}>
          <input
            type={radio ? "radio" : "checkbox"}
            name={name}
            value={item.value}
            checked={chosen.includes(item.value)}
            onChange={(e) =>
              change(
                radio
                  ? [item.value]
                  : e.target.checked
                    ? [...chosen, item.value]
                    : chosen.filter((v) => v !== item.value)
              )
            }
          />
          {item.text}
        </label>
      ))}
    </fieldset>
  );
}

/** A text field: Gmail runs its action when the rep leaves the field having changed it. */
function TextInput({ node, form, setForm, act }: WidgetProps) {
  const styles = useStyles();
  const name = String(node.fieldName);
  const value = form[name]?.[0] ?? "";
  const sent = useRef(value);
  const commit = () => {
    if (value === sent.current) return;
    sent.current = value;
    if (node.onChange) act(node.onChange as CardNode, form);
  };
  const hint = node.hint ? String(node.hint) : "";
  return (
    <label>
      <span className={styles.label}>{String(node.title)}</span>
      <input
        className={styles.control}
        name={name}
        value={value}
        placeholder={hint || undefined}
        onChange={(e) => setForm({ ...form, [name]: [e.target.value] })}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
    </label>
  );
}

function TextButton({ node, form, act, busy }: WidgetProps) {
  const styles = useStyles();
  const action = (node.onClick ?? (node.compose as CardNode | undefined)?.action) as
    CardNode | undefined;
  const filled = node.style === "FILLED";
  return (
    <button
      type="button"
      className={`${styles.textButton} ${filled ? styles.filled : ""}`}
      disabled={busy || node.disabled === true || !action}
      onClick={() => action && act(action, form)}
    >
      {String(node.text)}
    </button>
  );
}

function Widget(props: WidgetProps) {
  const styles = useStyles();
  const { node } = props;
  switch (node.kind) {
    case "TextParagraph":
      return <div>{html(node.text)}</div>;
    case "DecoratedText":
      return (
        <div>
          {node.topLabel ? <span className={styles.label}>{String(node.topLabel)}</span> : null}
          <div>{html(node.text)}</div>
          {node.bottomLabel ? <span className={styles.label}>{html(node.bottomLabel)}</span> : null}
        </div>
      );
    case "SelectionInput":
      return <SelectionInput {...props} />;
    case "TextInput":
      return <TextInput {...props} />;
    case "TextButton":
      return <TextButton {...props} />;
    case "ButtonSet":
      return (
        <div>
          {list(node.buttons).map((button, i) => (
            <TextButton key={i} {...props} node={button} />
          ))}
        </div>
      );
    default:
      return <div>{`(${node.kind}: not drawn by the simulator)`}</div>;
  }
}

function Section({ node, ...rest }: Omit<WidgetProps, "node"> & { node: CardNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const widgets = list(node.widgets);
  const folds =
    node.collapsible === true && widgets.length > Number(node.uncollapsible ?? widgets.length);
  const shown = folds && !open ? widgets.slice(0, Number(node.uncollapsible)) : widgets;
  return (
    <section className={styles.section}>
      {node.header ? <h3 className={styles.sectionHeader}>{html(node.header)}</h3> : null}
      {shown.map((widget, i) => (
        <Widget key={i} {...rest} node={widget} />
      ))}
      {folds ? (
        <button
          type="button"
          className={styles.textButton}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? "Show less" : "Show more"}
        </button>
      ) : null}
    </section>
  );
}

/**
 * One card, drawn with its form. A new card starts from the form it sets; it is drawn over the
 * old one (not remounted), so the control the rep was using keeps the focus.
 */
function GmailCard({ card, busy, act }: { card: CardNode; busy: boolean; act: Act }) {
  const styles = useStyles();
  // `edited`: the fields the rep changed since the last action was sent. A card that arrives
  // meanwhile (the answer to that action) must not wipe what the rep has typed since.
  const [state, setState] = useState(() => ({ card, form: formOf(card), edited: [] as string[] }));
  const fresh = (next: CardNode) => {
    const form = formOf(next);
    for (const name of state.edited) if (name in form) form[name] = state.form[name];
    return form;
  };
  if (state.card !== card) setState({ card, form: fresh(card), edited: state.edited });
  const form = state.card === card ? state.form : fresh(card);
  const setForm = (next: FormValues) =>
    setState({
      card,
      form: next,
      edited: Object.keys(next).filter(
        (name) => next[name] !== form[name] || state.edited.includes(name)
      ),
    });
  const send: Act = (action, sent) => {
    setState({ card, form: sent, edited: [] });
    act(action, sent);
  };
  const header = card.header as CardNode | undefined;
  const footer = (card.fixedFooter as CardNode | undefined)?.primaryButton as CardNode | undefined;
  const props = { form, setForm, act: send, busy };
  return (
    <>
      <div className={styles.scroll}>
        {header ? (
          <header className={styles.header}>
            {/* Gmail shows a card header's title and subtitle as plain text. */}
            <h2 className={styles.title}>{String(header.title ?? "")}</h2>
            {header.subtitle ? (
              <div className={styles.subtitle}>{String(header.subtitle)}</div>
            ) : null}
          </header>
        ) : null}
        {list(card.sections).map((section, i) => (
          <Section key={i} node={section} {...props} />
        ))}
      </div>
      {footer ? (
        <div className={styles.footer}>
          <TextButton node={footer} {...props} />
        </div>
      ) : null}
    </>
  );
}

/**
 * The Gmail panel for the mailbox's open thread. `opened` names what Gmail would fire a trigger
 * for (the thread, reading or writing, and its length): when it changes, the card opens afresh.
 */
export default function GmailPanel({ mailbox, opened }: { mailbox: SimMailbox; opened: string }) {
  const styles = useStyles();
  const session = useMemo(
    () =>
      new GmailSession(
        mailbox,
        mailbox.displayLanguage,
        Intl.DateTimeFormat().resolvedOptions().timeZone
      ),
    [mailbox]
  );
  const [card, setCard] = useState<CardNode | null>(null);
  const [busy, setBusy] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /**
   * Runs a trigger or an action once the "Working…" line has painted (Gmail's round trip shows
   * one too). A newer step replaces one still waiting: it carries the newer form.
   */
  const run = (step: () => CardNode | null) => {
    setBusy(true);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      try {
        const next = step();
        if (next) setCard(next);
        setNotice(null);
      } catch (error) {
        // Gmail shows an error an add-on throws as a message above the card.
        setNotice(error instanceof Error ? error.message : String(error));
      }
      setBusy(false);
    }, 16);
  };

  useEffect(() => {
    run(() => session.open());
    return () => clearTimeout(pending.current);
  }, [session, opened]);

  return (
    <aside className={styles.panel} aria-label="Kindly for Gmail" data-gmail-busy={busy}>
      <div className={styles.progress} role="status">
        {busy ? "Working…" : ""}
      </div>
      {notice ? (
        <div className={styles.notice} role="alert">
          {notice}
        </div>
      ) : null}
      {card ? (
        <GmailCard
          card={card}
          busy={busy}
          act={(action, form) => run(() => session.act(action, form))}
        />
      ) : null}
    </aside>
  );
}
