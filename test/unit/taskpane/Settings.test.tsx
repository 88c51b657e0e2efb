/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_POLICY } from "../../../src/core/policy";
import { HostError } from "../../../src/hosts/mailhost";
import { MEMORY_KEY } from "../../../src/hosts/memory-store";
import { COUNTRIES_KEY, PROFILE_KEY, REASONS_KEY } from "../../../src/hosts/preferences";
import {
  POLICY_KEY,
  TEAM_FILE_KEY,
  UI_LANGUAGE_KEY,
  type RepSettings,
} from "../../../src/hosts/settings";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { stringsFor, type UiLanguage } from "../../../src/locales";
import Settings from "../../../src/taskpane/components/Settings";
import { StringsProvider } from "../../../src/taskpane/i18n";

const NOW = new Date("2026-11-28T12:00:00Z");

function setup(stored: Record<string, unknown> = {}, lang: UiLanguage = "en") {
  const mailbox = new SimMailbox(NOW, null, "en-US");
  for (const [key, value] of Object.entries(stored)) mailbox.setSetting(key, value);
  const host = new SimulatorHost(mailbox);
  const save = jest.spyOn(host.settings, "save");
  const onClose = jest.fn();
  const onSaved = jest.fn<void, [RepSettings]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider value={stringsFor(lang)}>
        <Settings host={host} lang={lang} onClose={onClose} onSaved={onSaved} />
      </StringsProvider>
    </FluentProvider>
  );
  return { host, save, onClose, onSaved };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) =>
  fireEvent.change(input(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));

describe("the settings screen", () => {
  it("shows the stored settings, in titled sections with labelled controls", () => {
    setup({
      [PROFILE_KEY]: { repName: "Amy Zhang", company: "Sunrise Textiles" },
      [POLICY_KEY]: { gaps: [2, 4], afterPromise: 3 },
      [COUNTRIES_KEY]: { "alwaha-trading.ae": "SA" },
      [TEAM_FILE_KEY]: "https://intranet.example.com/team.json",
      [UI_LANGUAGE_KEY]: "zh-TW",
    });
    const root = screen.getByRole("region", { name: "Settings" });
    expect(within(root).getByRole("heading", { level: 2, name: "Settings" })).toBeTruthy();
    expect(
      within(root)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(["You", "When to chase", "Buyers' countries", "Team paragraphs", "Language"]);
    expect(input("Your name").value).toBe("Amy Zhang");
    expect(input("Your company").value).toBe("Sunrise Textiles");
    // Two stored gaps: the last one repeats, as the policy does.
    expect(["1st", "2nd", "3rd", "4th+"].map((l) => input(l).value)).toEqual(["2", "4", "4", "4"]);
    expect(input("Hold after an auto-reply (business days)").value).toBe("5");
    expect(input("Wait after a promised date (business days)").value).toBe("3");
    expect(input("Middleman: wait at least (business days)").value).toBe("7");
    expect(input("Competitor: wait at most (business days)").value).toBe("2");
    expect(screen.getByText("alwaha-trading.ae → Saudi Arabia")).toBeTruthy();
    expect(input("Team paragraph file address").value).toBe(
      "https://intranet.example.com/team.json"
    );
    const language = screen.getByRole("combobox", {
      name: "Kindly's language",
    }) as HTMLSelectElement;
    expect(language.value).toBe("zh-TW");
    expect([...language.options].map((o) => o.textContent)).toEqual([
      "Automatic (as Outlook)",
      "English",
      "简体中文",
      "繁體中文",
    ]);
    // Hints say what each number does.
    expect(screen.getByText("When an out-of-office reply gives no return date.")).toBeTruthy();
  });

  it("shows a gap of 0 as wrong under its field, and saves nothing", () => {
    const { host, save, onSaved } = setup();
    type("1st", "0");
    expect(screen.getByText("Enter a whole number from 1 to 30.")).toBeTruthy();
    expect(input("1st").getAttribute("aria-invalid")).toBe("true");
    click("Save");
    expect(screen.getByText("Correct the marked fields, then save.")).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
    expect(host.settings.get(POLICY_KEY)).toBeUndefined();
    // Fixed, the message goes.
    type("1st", "1");
    expect(screen.queryByText("Enter a whole number from 1 to 30.")).toBeNull();
    expect(input("1st").getAttribute("aria-invalid")).not.toBe("true");
  });

  it("says which rule a value breaks: a shorter wait, a competitor above the middleman, an http file", () => {
    const { save } = setup();
    type("3rd", "4");
    expect(screen.getByText("Not shorter than the wait before it.")).toBeTruthy();
    type("Competitor: wait at most (business days)", "8");
    expect(screen.getByText("Not longer than the middleman's wait.")).toBeTruthy();
    type("Team paragraph file address", "http://example.com/team.json");
    expect(
      screen.getByText("Enter an address starting with https://, at most 500 characters.")
    ).toBeTruthy();
    type("Wait after a promised date (business days)", "");
    expect(screen.getByText("Enter a whole number from 0 to 10.")).toBeTruthy();
    click("Save");
    expect(save).not.toHaveBeenCalled();
  });

  it("saves a valid change and hands the new settings over", async () => {
    const { host, save, onSaved } = setup({ [MEMORY_KEY]: "kept" });
    type("Your name", "Amy Zhang");
    type("1st", "2");
    type("Middleman: wait at least (business days)", "10");
    fireEvent.change(screen.getByRole("combobox", { name: "Kindly's language" }), {
      target: { value: "zh-CN" },
    });
    click("Save");
    await screen.findByText("Settings saved.");
    expect(save).toHaveBeenCalledTimes(1);
    expect(host.settings.get(POLICY_KEY)).toEqual({ gaps: [2, 5, 7, 10], middlemanMinGap: 10 });
    expect(host.settings.get(PROFILE_KEY)).toEqual({ repName: "Amy Zhang" });
    expect(host.settings.get(UI_LANGUAGE_KEY)).toBe("zh-CN");
    expect(host.settings.get(MEMORY_KEY)).toBe("kept");
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(onSaved.mock.calls[0][0]).toEqual({
      repName: "Amy Zhang",
      company: "",
      policy: { ...DEFAULT_POLICY, gaps: [2, 5, 7, 10], middlemanMinGap: 10 },
      countries: {},
      teamFile: "",
      uiLanguage: "zh-CN",
    });
  });

  it("closes on Cancel without saving", () => {
    const { host, save, onClose } = setup();
    type("Your company", "Sunrise");
    click("Cancel");
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(save).not.toHaveBeenCalled();
    expect(host.settings.get(PROFILE_KEY)).toBeUndefined();
  });

  it("removes a buyer's country, kept until the rep saves", async () => {
    const { host } = setup({ [COUNTRIES_KEY]: { "alwaha-trading.ae": "SA", "x.de": "DE" } });
    expect(screen.getByText("x.de → Germany")).toBeTruthy();
    click("Remove alwaha-trading.ae");
    expect(screen.queryByText("alwaha-trading.ae → Saudi Arabia")).toBeNull();
    expect(screen.getByText("x.de → Germany")).toBeTruthy();
    expect(host.settings.get(COUNTRIES_KEY)).toEqual({ "alwaha-trading.ae": "SA", "x.de": "DE" });
    click("Save");
    await screen.findByText("Settings saved.");
    expect(host.settings.get(COUNTRIES_KEY)).toEqual({ "x.de": "DE" });
    click("Remove x.de");
    expect(screen.getByText("You have not set a country for any buyer.")).toBeTruthy();
    click("Save");
    await waitFor(() => expect(host.settings.get(COUNTRIES_KEY)).toBeUndefined());
  });

  it("asks before resetting, then clears the settings but not the memory", async () => {
    const stored = {
      [PROFILE_KEY]: { repName: "Amy Zhang" },
      [POLICY_KEY]: { gaps: [1, 2] },
      [COUNTRIES_KEY]: { "x.de": "DE" },
      [UI_LANGUAGE_KEY]: "en",
      [MEMORY_KEY]: "memory",
      [REASONS_KEY]: [["k1", "middleman"]],
    };
    const { host, save, onSaved } = setup(stored);
    click("Reset to defaults");
    expect(screen.getByText(/Reset every setting to Kindly's defaults\?/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Keep my settings" }));
    expect(save).not.toHaveBeenCalled();
    // Keeping them changes nothing and gives the focus back.
    click("Keep my settings");
    expect(screen.queryByText(/Reset every setting/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Reset to defaults" }));
    expect(input("Your name").value).toBe("Amy Zhang");
    expect(save).not.toHaveBeenCalled();

    click("Reset to defaults");
    click("Reset");
    await screen.findByText("Settings reset to Kindly's defaults.");
    expect(save).toHaveBeenCalledTimes(1);
    for (const key of [PROFILE_KEY, POLICY_KEY, COUNTRIES_KEY, UI_LANGUAGE_KEY]) {
      expect(host.settings.get(key)).toBeUndefined();
    }
    expect(host.settings.get(MEMORY_KEY)).toBe("memory");
    expect(host.settings.get(REASONS_KEY)).toEqual([["k1", "middleman"]]);
    expect(input("Your name").value).toBe("");
    expect(input("1st").value).toBe("3");
    expect(screen.getByText("You have not set a country for any buyer.")).toBeTruthy();
    expect(onSaved).toHaveBeenLastCalledWith(
      expect.objectContaining({ repName: "", policy: DEFAULT_POLICY, countries: {} })
    );
  });

  it("shows a host failure on save with a retry that works", async () => {
    const { host, save, onSaved } = setup({ [PROFILE_KEY]: { company: "Old" } });
    save.mockRejectedValueOnce(
      new HostError("Outlook could not save your settings (offline).", "save settings")
    );
    type("Your company", "Sunrise Textiles");
    click("Save");
    await screen.findByText("Outlook could not save your settings (offline).");
    expect(onSaved).not.toHaveBeenCalled();
    // The refused change is not left pending in the store…
    expect(host.settings.get(PROFILE_KEY)).toEqual({ company: "Old" });
    // …and the form keeps what the rep typed.
    expect(input("Your company").value).toBe("Sunrise Textiles");
    click("Try again");
    await screen.findByText("Settings saved.");
    expect(screen.queryByText("Outlook could not save your settings (offline).")).toBeNull();
    expect(save).toHaveBeenCalledTimes(2);
    expect(host.settings.get(PROFILE_KEY)).toEqual({ company: "Sunrise Textiles" });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it("says when the settings are too large for the mailbox, and saves once buyers are removed", async () => {
    // 20 buyers with long addresses: fine alone, too much beside 200 chosen reasons.
    const long = `${"long-buyer-company-name-".repeat(5)}example.com`;
    const countries = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`accounts.${i}@${long}`, "DE"])
    );
    const reasons = Array.from({ length: 200 }, (_, i) => [`thread${i}xyz`, "competitor"]);
    const { host, save } = setup({ [COUNTRIES_KEY]: countries, [REASONS_KEY]: reasons });
    type("Your name", "Amy");
    click("Save");
    await screen.findByText(
      "Too much to keep in your mailbox's settings: remove some buyers' countries."
    );
    expect(save).not.toHaveBeenCalled();
    expect(host.settings.get(PROFILE_KEY)).toBeUndefined();
    const removes = screen.getAllByRole("button", { name: /^Remove accounts\./ });
    expect(removes).toHaveLength(20);
    for (const button of removes.slice(0, 10)) fireEvent.click(button);
    expect(screen.getAllByRole("button", { name: /^Remove accounts\./ })).toHaveLength(10);
    click("Save");
    await screen.findByText("Settings saved.");
    expect(Object.keys(host.settings.get(COUNTRIES_KEY) as object)).toHaveLength(10);
    expect(host.settings.get(PROFILE_KEY)).toEqual({ repName: "Amy" });
    expect(host.settings.get(REASONS_KEY)).toEqual(reasons);
  });

  it("speaks the UI language, country names included", () => {
    setup({ [COUNTRIES_KEY]: { "alwaha-trading.ae": "SA" } }, "zh-CN");
    expect(screen.getByRole("region", { name: "设置" })).toBeTruthy();
    expect(screen.getByText("alwaha-trading.ae → 沙特阿拉伯")).toBeTruthy();
    expect(screen.getByRole("button", { name: "移除 alwaha-trading.ae" })).toBeTruthy();
    type("第 1 次", "0");
    expect(screen.getByText("请输入 1 到 30 之间的整数。")).toBeTruthy();
  });
});
