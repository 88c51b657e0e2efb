import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import { DARK, FORCED, loadOtherThemes, otherThemes } from "./theme-chunk";

/** Whether a media query matches, kept up to date. */
function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener("change", changed);
      return () => list?.removeEventListener("change", changed);
    },
    () => window.matchMedia?.(query).matches ?? false
  );
}

/**
 * The Fluent theme that follows the mail client: high contrast when the system forces its
 * colours, else the client's light or dark theme, else the browser's preference. Null while
 * the dark or high-contrast theme is still loading.
 */
export function useClientTheme(client: "light" | "dark" | null): Theme | null {
  const forced = useMedia(FORCED);
  const prefersDark = useMedia(DARK);
  const look = forced ? "contrast" : (client ?? (prefersDark ? "dark" : "light"));
  const [loaded, setLoaded] = useState(otherThemes);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (look !== "light" && !loaded) loadOtherThemes().then(setLoaded, () => setFailed(true));
  }, [look, loaded]);
  // A chunk that cannot load leaves the light theme: the pane still works.
  if (look === "light" || failed) return webLightTheme;
  if (!loaded) return null;
  return look === "dark" ? loaded.webDarkTheme : loaded.teamsHighContrastTheme;
}
