import { Button, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useStrings } from "../i18n";
import type { SettingsDone } from "./Settings";

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
  /** What the settings did as they closed ("Settings saved."), if anything. */
  said?: SettingsDone | null;
}

export function Header({ onSettings, settingsOpen = false, said }: Props) {
  const t = useStrings();
  const styles = useStyles();
  // The settings, closed (Save, Cancel), take their buttons with them: the focus goes back to
  // the button that opened them, not to the page.
  const settingsButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(settingsOpen);
  useEffect(() => {
    if (wasOpen.current && !settingsOpen) settingsButton.current?.focus();
    wasOpen.current = settingsOpen;
  }, [settingsOpen]);
  return (
    <header className={styles.root}>
      <img src="assets/icon-32.png" width={32} height={32} alt="" />
      <div className={styles.titles}>
        <Subtitle1 as="h1">{t.appName}</Subtitle1>
        <Caption1>{t.tagline}</Caption1>
        {/* Here from the start, so a screen reader says what is put in it. */}
        <div aria-live="polite">{said && <Caption1>{t[said]}</Caption1>}</div>
      </div>
      {onSettings && (
        <Button
          ref={settingsButton}
          appearance="subtle"
          size="small"
          aria-pressed={settingsOpen}
          onClick={onSettings}
        >
          {t.settingsHeading}
        </Button>
      )}
    </header>
  );
}
