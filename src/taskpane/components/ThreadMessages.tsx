import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Thread } from "../../core";
import { useState } from "react";
import { format } from "../../locales";
import { useStrings } from "../i18n";
import { dateTimeFormat } from "../../core/text/intl";

const useStyles = makeStyles({
  summary: {
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  // The heading sits in the summary line, next to its disclosure triangle.
  heading: { display: "inline" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    marginTop: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Threads this long show their messages at once; longer ones start folded. */
const OPEN_UP_TO = 3;

/** The thread's messages, oldest first: who wrote, which side, when. */
export function ThreadMessages({ thread, locale }: { thread: Thread; locale: string }) {
  const t = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(thread.messages.length <= OPEN_UP_TO);
  const dateFormat = dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  // A remembered chase has a day, not a time.
  const dayFormat = dateTimeFormat(locale, { dateStyle: "medium" });
  return (
    // Collapsible, and open only for a short thread: the status and the reason come first.
    // A folded list is not rendered at all: a long thread's thousand cards wait until asked for.
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.summary}>
        <Subtitle2 as="h2" id="kindly-thread-heading" className={styles.heading}>
          {t.threadHeading} · {format(t.messageCount, { count: thread.messages.length })}
        </Subtitle2>
      </summary>
      {open && (
        <ol className={styles.list} aria-labelledby="kindly-thread-heading">
          {thread.messages.map((m) => (
            <li key={m.id} className={styles.item} data-side={m.side}>
              <span className={styles.line}>
                <Text weight="semibold">{m.from?.name || m.from?.address || t.unknownSender}</Text>
                <Badge appearance="tint" color={m.side === "ours" ? "brand" : "informative"}>
                  {m.side === "ours" ? t.sideOurs : t.sideBuyer}
                </Badge>
              </span>
              <Caption1>
                {!m.sentAt
                  ? t.noDate
                  : m.source === "memory"
                    ? `${dayFormat.format(new Date(m.sentAt))} · ${t.rememberedChase}`
                    : dateFormat.format(new Date(m.sentAt))}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
