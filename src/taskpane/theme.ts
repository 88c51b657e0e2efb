import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useSyncExternalStore } from "react";

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
 * colours, else the client's light or dark theme, else the browser's preference.
 */
export function useClientTheme(client: "light" | "dark" | null): Theme {
  const forced = useMedia("(forced-colors: active)");
  const prefersDark = useMedia("(prefers-color-scheme: dark)");
  if (forced) return teamsHighContrastTheme;
  return (client ?? (prefersDark ? "dark" : "light")) === "dark" ? webDarkTheme : webLightTheme;
}
