/**
 * @jest-environment jsdom
 */
import { renderHook, waitFor } from "@testing-library/react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** A window whose media queries answer as given. */
function media(matches: Record<string, boolean>) {
  window.matchMedia = ((query: string) => ({
    matches: matches[query] ?? false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

// Each test gets theme.ts and its chunk afresh (what has loaded is module state), with the
// one React that renderHook renders with.
const react = jest.requireActual<typeof import("react")>("react");
function fresh() {
  let modules!: {
    theme: typeof import("../../../src/taskpane/theme");
    chunk: typeof import("../../../src/taskpane/theme-chunk");
  };
  jest.isolateModules(() => {
    jest.doMock("react", () => react);
    modules = {
      theme: require("../../../src/taskpane/theme"),
      chunk: require("../../../src/taskpane/theme-chunk"),
    };
  });
  return modules;
}

afterEach(() => jest.restoreAllMocks());

// theme.ts is loaded afresh, with Fluent UI's themes: the same tokens, other objects.
const named = (theme: object | null) =>
  theme === null
    ? "loading"
    : [
        ["light", webLightTheme],
        ["dark", webDarkTheme],
        ["contrast", teamsHighContrastTheme],
      ].find(([, known]) => JSON.stringify(known) === JSON.stringify(theme))?.[0];

describe("the pane's theme", () => {
  it("is light at once for a light client, without loading the other themes", () => {
    media({});
    const { theme, chunk } = fresh();
    const { result } = renderHook(() => theme.useClientTheme("light"));
    expect(named(result.current)).toBe("light");
    expect(chunk.otherThemes()).toBeNull();
    expect(chunk.systemWantsOtherTheme()).toBe(false);
  });

  it("waits for the dark theme (null), then gives it", async () => {
    media({});
    const { theme } = fresh();
    const { result } = renderHook(() => theme.useClientTheme("dark"));
    expect(named(result.current)).toBe("loading");
    await waitFor(() => expect(named(result.current)).toBe("dark"));
  });

  it("follows the browser when the client says nothing, and forced colours win over dark", async () => {
    media({ "(prefers-color-scheme: dark)": true });
    const dark = fresh();
    expect(dark.chunk.systemWantsOtherTheme()).toBe(true);
    const browser = renderHook(() => dark.theme.useClientTheme(null));
    await waitFor(() => expect(named(browser.result.current)).toBe("dark"));

    media({ "(forced-colors: active)": true, "(prefers-color-scheme: dark)": true });
    const forced = fresh();
    const contrast = renderHook(() => forced.theme.useClientTheme("dark"));
    await waitFor(() => expect(named(contrast.result.current)).toBe("contrast"));
  });

  it("keeps the light theme when the other themes cannot load, and asks again next time", async () => {
    media({});
    const { theme, chunk } = fresh();
    let fail = true;
    jest.doMock("../../../src/taskpane/other-themes", () => {
      if (fail) throw new Error("chunk failed");
      return { webDarkTheme, teamsHighContrastTheme };
    });
    const { result } = renderHook(() => theme.useClientTheme("dark"));
    await waitFor(() => expect(named(result.current)).toBe("light"));
    fail = false;
    await expect(chunk.loadOtherThemes()).resolves.toMatchObject({ webDarkTheme });
    jest.dontMock("../../../src/taskpane/other-themes");
  });
});
