import {
  Body1,
  Body1Strong,
  Caption1,
  Card,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import {
  DELAY_REASONS,
  formatDay,
  type DelayReason,
  type ThreadReason,
  type UiLanguage,
} from "../../core";
import { playbook } from "../../core/reasons";
import { format } from "../../locales";
import { useStrings } from "../i18n";
import { SelectChoice } from "./Choices";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  detected: ThreadReason;
  /** The day (YYYY-MM-DD) of the message that gave the detected reason, if known. */
  evidenceDay: string | null;
  /** The reason in use: the rep's choice, else the detected one. */
  reason: DelayReason;
  lang: UiLanguage;
  onChoose: (reason: DelayReason) => void;
}

/** Why the buyer is late, the sentence that says so, and what works (PRODUCT.md §4). */
export function ReasonCard({ detected, evidenceDay, reason, lang, onChoose }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const book = playbook(reason, lang);
  const evidence = reason === detected.label ? detected.evidence[0] : undefined;
  return (
    <Card className={styles.card} aria-labelledby="kindly-reason-heading">
      <Subtitle2 as="h2" id="kindly-reason-heading">
        {t.reasonHeading}
      </Subtitle2>
      <SelectChoice
        label={t.reasonChoose}
        value={reason}
        choices={DELAY_REASONS.map((r) => ({
          value: r,
          label:
            r === detected.label
              ? format(t.reasonDetected, { reason: playbook(r, lang).label })
              : playbook(r, lang).label,
        }))}
        onChange={onChoose}
      />
      {evidence ? (
        <div>
          <Caption1>
            {evidenceDay ? format(t.reasonFrom, { date: formatDay(evidenceDay, lang) }) : null}{" "}
            {format(t.reasonSure, { percent: Math.round(detected.confidence * 100) })}
          </Caption1>
          <blockquote className={styles.quote}>
            <Body1>{evidence.sentence}</Body1>
          </blockquote>
        </div>
      ) : (
        reason === "unknown" && <Caption1>{t.reasonNone}</Caption1>
      )}
      <div>
        <Body1Strong as="h3">{t.adviceHeading}</Body1Strong>
        <ul className={styles.list}>
          {book.advice.map((line) => (
            <li key={line}>
              <Body1>{line}</Body1>
            </li>
          ))}
        </ul>
      </div>
      {book.checkOwnSide.length > 0 && (
        <div>
          <Body1Strong as="h3">{t.ownSideHeading}</Body1Strong>
          <ul className={styles.list}>
            {book.checkOwnSide.map((line) => (
              <li key={line}>
                <Body1>{line}</Body1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
