import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ToneFinding } from "../../core/tone";
import { toneAdvice } from "../../locales/wording";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  phrase: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

/** Each phrase that may upset the buyer, why, and a softer wording (PRODUCT.md §6). */
export function ToneFindings({ findings }: { findings: readonly ToneFinding[] }) {
  const t = useStrings();
  const styles = useStyles();
  if (!findings.length) return <Caption1>{t.toneClean}</Caption1>;
  return (
    <ul className={styles.list} aria-label={t.toneHeading}>
      {findings.map((f) => (
        <li key={`${f.start}-${f.end}`}>
          <Caption1>
            <span className={styles.phrase}>“{f.phrase}”</span> {toneAdvice(f, t)}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
