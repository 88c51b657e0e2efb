/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { HostError } from "../../../src/hosts/mailhost";
import { errorText } from "../../../src/hosts/worded";
import { stringsFor } from "../../../src/locales";
import { OFFICE_JS_URL, startHost } from "../../../src/taskpane/start-host";

// Kindly's start in Outlook can fail before Outlook has said its display language: the pane
// then words the failure in the browser's language, as it does its loading line.

const OUTLOOK_PAGE = { search: "" } as Location;

/** Starts as in Outlook, and has the page's Office.js script load (or fail to). */
function startWithOfficeJs(loads: boolean) {
  document.head.innerHTML = "";
  const started = startHost(OUTLOOK_PAGE);
  const script = document.head.querySelector<HTMLScriptElement>(`script[src="${OFFICE_JS_URL}"]`);
  script!.dispatchEvent(new Event(loads ? "load" : "error"));
  return started.then(
    () => null,
    (error: unknown) => error
  );
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
});

describe("a start that fails before Outlook says its language", () => {
  it("words an Office.js that did not load in each UI language", async () => {
    const error = await startWithOfficeJs(false);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toBe(
      "Office.js could not be loaded. Check the connection and reopen Kindly."
    );
    expect(errorText(error as Error, stringsFor("zh-CN"))).toBe(
      "无法加载 Office.js。请检查网络连接，然后重新打开 Kindly。"
    );
    expect(errorText(error as Error, stringsFor("zh-TW"))).toBe(
      "無法載入 Office.js。請檢查網路連線，然後重新開啟 Kindly。"
    );
  });

  it("words a page opened outside Outlook", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: async () => ({ host: "Excel" }),
      HostType: { Outlook: "Outlook" },
    };
    const error = await startWithOfficeJs(true);
    expect(error).toBeInstanceOf(HostError);
    expect(errorText(error as Error, stringsFor("zh-TW"))).toMatch(/^Kindly 需在 Outlook 中執行。/);
  });

  it("shows it in the browser's language, with its retry", async () => {
    jest.spyOn(navigator, "language", "get").mockReturnValue("zh-CN");
    const failed = await startWithOfficeJs(false);
    render(<App start={() => Promise.reject(failed)} />);
    await screen.findByText("无法加载 Office.js。请检查网络连接，然后重新打开 Kindly。");
    expect(screen.getByRole("button", { name: "重试" })).toBeTruthy();
  });
});
