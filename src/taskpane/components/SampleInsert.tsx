import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { InsertContent, ItemMode, MailHost } from "../../hosts/mailhost";
import { useStrings } from "../i18n";
import { toError } from "../use-async";
import { ErrorNotice } from "./ErrorNotice";

/** Until the composer lands: one courteous paragraph, to prove the road into the draft. */
export const SAMPLE_PARAGRAPH: InsertContent = {
  text:
    "I hope this message finds you well. I am writing to follow up on the payment for our order. " +
    "If anything is needed from our side — a revised PI, documents or our bank details — I am glad to help.",
  html:
    "<p>I hope this message finds you well. I am writing to follow up on the payment for our order. " +
    "If anything is needed from our side — a revised PI, documents or our bank details — I am glad to help.</p>",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  preview: {
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Inserting tags the draft as a chase and tells the pane, which remembers the day. */
export function SampleInsert({
  host,
  mode,
  onInserted,
}: {
  host: MailHost;
  mode: ItemMode;
  onInserted?: () => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const [outcome, setOutcome] = useState<{ done: string } | { error: Error } | null>(null);
  const [busy, setBusy] = useState(false);

  async function insert() {
    setBusy(true);
    setOutcome(null);
    try {
      if (mode === "compose") {
        await host.insertAtCursor(SAMPLE_PARAGRAPH);
        await host.tagChase();
      } else await host.replyWith(SAMPLE_PARAGRAPH);
      setOutcome({ done: mode === "compose" ? t.inserted : t.replyOpened });
      if (mode === "compose") onInserted?.();
    } catch (error) {
      setOutcome({ error: toError(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.root} aria-label={t.samplePreview}>
      <Text className={styles.preview}>{SAMPLE_PARAGRAPH.text}</Text>
      <Button appearance="primary" onClick={insert} disabled={busy}>
        {mode === "compose" ? t.insertSample : t.replyWithSample}
      </Button>
      <div aria-live="polite">
        {outcome && "done" in outcome && <Caption1>{outcome.done}</Caption1>}
      </div>
      {outcome && "error" in outcome && <ErrorNotice error={outcome.error} onRetry={insert} />}
    </section>
  );
}
