// The dark and high-contrast themes: asked for by early.ts at once when the system is dark or
// forces its colours, else by theme.ts when the client is dark. No React or Fluent UI here, so
// early.ts stays ahead of them.

export const FORCED = "(forced-colors: active)";
export const DARK = "(prefers-color-scheme: dark)";

export type OtherThemes = typeof import("./other-themes");

// Building a Fluent theme is a measurable part of the first screen, and most panes are
// light: a light pane never builds the other two.
let loaded: OtherThemes | null = null;
let loading: Promise<OtherThemes> | null = null;

/** The dark and high-contrast themes if they have loaded. */
export const otherThemes = (): OtherThemes | null => loaded;

/** The dark and high-contrast themes, loaded once. */
export function loadOtherThemes(): Promise<OtherThemes> {
  loading ??= import(/* webpackChunkName: "themes" */ "./other-themes").then(
    (themes) => (loaded = themes),
    (error: unknown) => {
      loading = null; // asked again next time
      throw error;
    }
  );
  return loading;
}

/** True when the system alone already asks for a theme other than light. */
export function systemWantsOtherTheme(): boolean {
  return Boolean(window.matchMedia?.(FORCED).matches || window.matchMedia?.(DARK).matches);
}
