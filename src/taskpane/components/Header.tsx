import { Button, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
});

interface Props {
  /** Opens (or closes) the settings; absent until the host has started. */
  onSettings?: () => void;
  settingsOpen?: boolean;
}

export function Header({ onSettings, settingsOpen = false }: Props) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <img src="assets/icon-32.png" width={32} height={32} alt="" />
      <div className={styles.titles}>
        <Subtitle1 as="h1">{t.appName}</Subtitle1>
        <Caption1>{t.tagline}</Caption1>
      </div>
      {onSettings && (
        <Button appearance="subtle" size="small" aria-pressed={settingsOpen} onClick={onSettings}>
          {t.settingsHeading}
        </Button>
      )}
    </header>
  );
}
