/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_POLICY } from "../../../src/core/policy";
import { GRAPH_CLOUDS } from "../../../src/hosts/graph/graph-source";
import { HostError } from "../../../src/hosts/mailhost";
import { MEMORY_KEY } from "../../../src/hosts/memory-store";
import {
  COUNTRIES_KEY,
  PROFILE_KEY,
  REASONS_BUDGET,
  REASONS_KEY,
} from "../../../src/hosts/preferences";
import {
  GRAPH_KEY,
  POLICY_KEY,
  TEAM_FILE_KEY,
  UI_LANGUAGE_KEY,
  loadSettings,
} from "../../../src/hosts/settings";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { stringsFor, type UiLanguage } from "../../../src/locales";
import Settings, { type SettingsDone } from "../../../src/taskpane/components/Settings";
import { StringsProvider } from "../../../src/taskpane/i18n";

const NOW = new Date("2026-11-28T12:00:00Z");

function setup(stored: Record<string, unknown> = {}, lang: UiLanguage = "en") {
  const mailbox = new SimMailbox(NOW, null, "en-US");
  for (const [key, value] of Object.entries(stored)) mailbox.setSetting(key, value);
  const host = new SimulatorHost(mailbox);
  const save = jest.spyOn(host.settings, "save");
  const onClose = jest.fn();
  const onSaved = jest.fn<void, [SettingsDone]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider value={stringsFor(lang)}>
        <Settings host={host} lang={lang} onClose={onClose} onSaved={onSaved} />
      </StringsProvider>
    </FluentProvider>
  );
  /** Waits for the settings to be saved (or reset) and handed to the pane. */
  const done = (what: SettingsDone = "settingsSaved") =>
    waitFor(() => expect(onSaved).toHaveBeenLastCalledWith(what));
  return { host, save, onClose, onSaved, done };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) =>
  fireEvent.change(input(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));
const select = (name: string) => screen.getByRole("combobox", { name }) as HTMLSelectElement;
const choose = (name: string, value: string) =>
  fireEvent.change(select(name), { target: { value } });

/** Save, refused while a field is wrong: the rep is told, and nothing is saved or handed over. */
function saveRefused({ save, onSaved }: Pick<ReturnType<typeof setup>, "save" | "onSaved">) {
  click("Save");
  expect(screen.getByText("Correct the marked fields, then save.")).toBeTruthy();
  expect(save).not.toHaveBeenCalled();
  expect(onSaved).not.toHaveBeenCalled();
}

const CLIENT_ID = "5f0e1c2a-7b3d-4e8f-9a1b-2c3d4e5f6a7b";
const CLIENT_ID_HINT =
  "From your organisation's app registration. Left empty, Kindly uses the one it was built with, if any, else reads only the open message.";
const CLIENT_ID_PROBLEM =
  "Enter a client ID like 00000000-0000-0000-0000-000000000000, or leave it empty.";
const CLOUDS = [
  "Global (graph.microsoft.com)",
  "US Government (graph.microsoft.us)",
  "US Government DoD (dod-graph.microsoft.us)",
  "China operated by 21Vianet (microsoftgraph.chinacloudapi.cn)",
];

describe("the settings screen", () => {
  it("shows the stored settings, in titled sections with labelled controls", () => {
    setup({
      [PROFILE_KEY]: { repName: "Amy Zhang", company: "Sunrise Textiles" },
      [POLICY_KEY]: { gaps: [2, 4], afterPromise: 3 },
      [COUNTRIES_KEY]: { "alwaha-trading.ae": "SA" },
      [TEAM_FILE_KEY]: "https://intranet.example.com/team.json",
      [UI_LANGUAGE_KEY]: "zh-TW",
      [GRAPH_KEY]: { clientId: CLIENT_ID, baseUrl: GRAPH_CLOUDS.usGov.graph },
    });
    const root = screen.getByRole("region", { name: "Settings" });
    expect(within(root).getByRole("heading", { level: 2, name: "Settings" })).toBeTruthy();
    expect(
      within(root)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual([
      "You",
      "When to chase",
      "Buyers' countries",
      "Team paragraphs",
      "Microsoft Graph",
      "Language",
    ]);
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
    expect(input("Application (client) ID").value).toBe(CLIENT_ID);
    expect(screen.getByText(CLIENT_ID_HINT)).toBeTruthy();
    const cloud = select("Cloud");
    expect(cloud.value).toBe(GRAPH_CLOUDS.usGov.graph);
    expect([...cloud.options].map((o) => o.textContent)).toEqual(CLOUDS);
    const language = select("Kindly's language");
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
    saveRefused({ save, onSaved });
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
    const { host, save, onSaved, done } = setup({ [MEMORY_KEY]: "kept" });
    type("Your name", "Amy Zhang");
    type("1st", "2");
    type("Middleman: wait at least (business days)", "10");
    fireEvent.change(screen.getByRole("combobox", { name: "Kindly's language" }), {
      target: { value: "zh-CN" },
    });
    click("Save");
    await done();
    expect(save).toHaveBeenCalledTimes(1);
    expect(host.settings.get(POLICY_KEY)).toEqual({ gaps: [2, 5, 7, 10], middlemanMinGap: 10 });
    expect(host.settings.get(PROFILE_KEY)).toEqual({ repName: "Amy Zhang" });
    expect(host.settings.get(UI_LANGUAGE_KEY)).toBe("zh-CN");
    expect(host.settings.get(MEMORY_KEY)).toBe("kept");
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(loadSettings(host.settings)).toEqual({
      repName: "Amy Zhang",
      company: "",
      policy: { ...DEFAULT_POLICY, gaps: [2, 5, 7, 10], middlemanMinGap: 10 },
      countries: {},
      teamFile: "",
      uiLanguage: "zh-CN",
      graph: { clientId: "", baseUrl: GRAPH_CLOUDS.global.graph },
    });
    expect(host.settings.get(GRAPH_KEY)).toBeUndefined();
  });

  it("saves the Graph client ID the rep enters and the cloud they pick", async () => {
    const { host, save, done } = setup();
    expect(input("Application (client) ID").value).toBe("");
    expect(select("Cloud").value).toBe(GRAPH_CLOUDS.global.graph);
    type("Application (client) ID", ` ${CLIENT_ID} `);
    choose("Cloud", GRAPH_CLOUDS.china.graph);
    expect(select("Cloud").selectedOptions[0].textContent).toBe(CLOUDS[3]);
    click("Save");
    await done();
    expect(save).toHaveBeenCalledTimes(1);
    expect(host.settings.get(GRAPH_KEY)).toEqual({
      clientId: CLIENT_ID,
      baseUrl: GRAPH_CLOUDS.china.graph,
    });
    expect(loadSettings(host.settings).graph).toEqual({
      clientId: CLIENT_ID,
      baseUrl: GRAPH_CLOUDS.china.graph,
    });
    // Back to the global cloud and no client ID: nothing is kept.
    type("Application (client) ID", "");
    choose("Cloud", GRAPH_CLOUDS.global.graph);
    click("Save");
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(host.settings.get(GRAPH_KEY)).toBeUndefined());
  });

  it("shows a client ID that is no GUID as wrong under its field, and saves nothing", () => {
    const { host, save, onSaved } = setup();
    type("Your name", "Amy Zhang");
    type("Application (client) ID", "kindly-outlook-app");
    expect(screen.getByText(CLIENT_ID_PROBLEM)).toBeTruthy();
    expect(input("Application (client) ID").getAttribute("aria-invalid")).toBe("true");
    saveRefused({ save, onSaved });
    expect(host.settings.get(GRAPH_KEY)).toBeUndefined();
    expect(host.settings.get(PROFILE_KEY)).toBeUndefined();
    // Fixed, the message goes.
    type("Application (client) ID", CLIENT_ID);
    expect(screen.queryByText(CLIENT_ID_PROBLEM)).toBeNull();
    expect(input("Application (client) ID").getAttribute("aria-invalid")).not.toBe("true");
  });

  it("keeps a stored Graph address that is none of the clouds, shown by its address", async () => {
    const testGraph = "http://127.0.0.1:8080/graph";
    const { host, done } = setup({ [GRAPH_KEY]: { baseUrl: testGraph } });
    const cloud = select("Cloud");
    expect(cloud.value).toBe(testGraph);
    expect([...cloud.options].map((o) => o.textContent)).toEqual([...CLOUDS, testGraph]);
    type("Your name", "Amy Zhang");
    click("Save");
    await done();
    expect(host.settings.get(GRAPH_KEY)).toEqual({ baseUrl: testGraph });
    expect(loadSettings(host.settings).graph).toEqual({ clientId: "", baseUrl: testGraph });
    // Another cloud may be picked, and the address picked again before saving.
    choose("Cloud", GRAPH_CLOUDS.usGovDod.graph);
    expect(select("Cloud").value).toBe(GRAPH_CLOUDS.usGovDod.graph);
    choose("Cloud", testGraph);
    expect(select("Cloud").value).toBe(testGraph);
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
    const { host, done } = setup({ [COUNTRIES_KEY]: { "alwaha-trading.ae": "SA", "x.de": "DE" } });
    expect(screen.getByText("x.de → Germany")).toBeTruthy();
    click("Remove alwaha-trading.ae");
    expect(screen.queryByText("alwaha-trading.ae → Saudi Arabia")).toBeNull();
    expect(screen.getByText("x.de → Germany")).toBeTruthy();
    expect(host.settings.get(COUNTRIES_KEY)).toEqual({ "alwaha-trading.ae": "SA", "x.de": "DE" });
    click("Save");
    await done();
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
      [GRAPH_KEY]: { clientId: CLIENT_ID, baseUrl: GRAPH_CLOUDS.china.graph },
      [MEMORY_KEY]: "memory",
      [REASONS_KEY]: [["k1", "middleman"]],
    };
    const { host, save, done } = setup(stored);
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
    await done("settingsResetDone");
    expect(save).toHaveBeenCalledTimes(1);
    for (const key of [PROFILE_KEY, POLICY_KEY, COUNTRIES_KEY, UI_LANGUAGE_KEY, GRAPH_KEY]) {
      expect(host.settings.get(key)).toBeUndefined();
    }
    expect(host.settings.get(MEMORY_KEY)).toBe("memory");
    expect(host.settings.get(REASONS_KEY)).toEqual([["k1", "middleman"]]);
    expect(loadSettings(host.settings)).toMatchObject({
      repName: "",
      policy: DEFAULT_POLICY,
      countries: {},
    });
  });

  it("shows a host failure on save with a retry that works", async () => {
    const { host, save, onSaved, done } = setup({ [PROFILE_KEY]: { company: "Old" } });
    save.mockRejectedValueOnce(new HostError("Outlook could not save your settings (offline)."));
    type("Your company", "Sunrise Textiles");
    click("Save");
    await screen.findByText("Outlook could not save your settings (offline).");
    expect(onSaved).not.toHaveBeenCalled();
    // The refused change is not left pending in the store…
    expect(host.settings.get(PROFILE_KEY)).toEqual({ company: "Old" });
    // …and the form keeps what the rep typed.
    expect(input("Your company").value).toBe("Sunrise Textiles");
    click("Try again");
    await done();
    expect(screen.queryByText("Outlook could not save your settings (offline).")).toBeNull();
    expect(save).toHaveBeenCalledTimes(2);
    expect(host.settings.get(PROFILE_KEY)).toEqual({ company: "Sunrise Textiles" });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it("says when the settings are too large for the mailbox, and saves once buyers are removed", async () => {
    // 60 buyers with long addresses: too much for the settings' share on their own. The 200
    // chosen reasons beside them have a share of their own, and never make a save refused.
    const long = `${"long-buyer-company-name-".repeat(5)}example.com`;
    const countries = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`accounts.${i}@${long}`, "DE"])
    );
    const reasons = Array.from({ length: 200 }, (_, i) => [`thread${i}xyz`, "competitor"]);
    const { host, save, done } = setup({ [COUNTRIES_KEY]: countries, [REASONS_KEY]: reasons });
    type("Your name", "Amy");
    click("Save");
    await screen.findByText(
      "Too much to keep in your mailbox's settings: remove some buyers' countries."
    );
    expect(save).not.toHaveBeenCalled();
    expect(host.settings.get(PROFILE_KEY)).toBeUndefined();
    const removes = screen.getAllByRole("button", { name: /^Remove accounts\./ });
    expect(removes).toHaveLength(60);
    for (const button of removes.slice(0, 20)) fireEvent.click(button);
    expect(screen.getAllByRole("button", { name: /^Remove accounts\./ })).toHaveLength(40);
    click("Save");
    await done();
    expect(Object.keys(host.settings.get(COUNTRIES_KEY) as object)).toHaveLength(40);
    expect(host.settings.get(PROFILE_KEY)).toEqual({ repName: "Amy" });
    // The reasons, tidied to their share: the most recent kept.
    const kept = host.settings.get(REASONS_KEY) as unknown[];
    expect(JSON.stringify({ [REASONS_KEY]: kept }).length).toBeLessThanOrEqual(REASONS_BUDGET);
    expect(kept).toEqual(reasons.slice(0, kept.length));
  });

  it("speaks the UI language, country names included", () => {
    setup({ [COUNTRIES_KEY]: { "alwaha-trading.ae": "SA" } }, "zh-CN");
    expect(screen.getByRole("region", { name: "设置" })).toBeTruthy();
    expect(screen.getByText("alwaha-trading.ae → 沙特阿拉伯")).toBeTruthy();
    expect(screen.getByRole("button", { name: "移除 alwaha-trading.ae" })).toBeTruthy();
    type("第 1 次", "0");
    expect(screen.getByText("请输入 1 到 30 之间的整数。")).toBeTruthy();
    expect([...select("云环境").options].map((o) => o.textContent)).toEqual([
      "全球 (graph.microsoft.com)",
      "美国政府 (graph.microsoft.us)",
      "美国政府 DoD (dod-graph.microsoft.us)",
      "世纪互联运营的中国区 (microsoftgraph.chinacloudapi.cn)",
    ]);
    type("应用程序(客户端) ID", "abc");
    expect(
      screen.getByText("请按 00000000-0000-0000-0000-000000000000 的格式输入客户端 ID，或留空。")
    ).toBeTruthy();
  });
});
