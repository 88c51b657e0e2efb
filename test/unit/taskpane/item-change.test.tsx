/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { analyseHere, type Analyse } from "../../../src/taskpane/analysis-client";
import { OutlookHost } from "../../../src/hosts/outlook/host";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { address, composeItem, FakeOffice, readItem } from "../../fakes/office";
import { answerLate } from "./answer-late";

// The rep opens another item while the pane is still reading the first one, or without the
// host saying so: the pane follows the item that is open, and never writes one buyer's
// reminder into another buyer's message.

/** The analysis, its first run held until `release`: a pane still loading, for as long as a test likes. */
function holdFirstAnalysis() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const holding = new Promise<void>((resolve) => (reached = resolve));
  let first = true;
  const analyse: Analyse = async (request) => {
    if (first) {
      first = false;
      reached();
      await gate;
    }
    return analyseHere(request);
  };
  return { analyse, holding, release };
}

/** Outlook with Omar's message open, and Klaus's in the same mailbox for the rep to open. */
function outlook() {
  let office!: FakeOffice;
  const omar = readItem(() => office, {
    text: "Dear Amy,\nWe will pay the deposit for PI SR-2611-045 when our customer pays us.\nOmar",
    html: "",
  });
  const klaus = readItem(() => office, {
    itemId: "AAMkAD-item-2",
    conversationId: "AAQkAD-conv-2",
    subject: "AW: AB 2026-0931 deposit",
    from: address("Klaus Becker", "k.becker@becker-hw.de"),
    text: "Dear Amy,\nWe are comparing offers for AB 2026-0931 and will decide next week.\nKlaus",
    html: "",
  });
  office = new FakeOffice(omar);
  return { office, omar, klaus, host: new OutlookHost(office, 1_000) };
}

/** The composer's greeting: the pane has read the thread, and its composer (a lazy chunk) is there. */
const greeting = (name: string) =>
  screen.findByText(new RegExp(`^Dear ${name},`), undefined, { timeout: 5_000 });

/** Fills what the composer asks for and presses its button, once it can be pressed. */
async function replyWithReminder(button = "Reply with this reminder"): Promise<void> {
  const reply = screen.getByRole("button", { name: button });
  for (const [label, value] of [
    ["Buyer's name", "Omar"],
    ["Your company", "Sunrise Textiles"],
    ["Order reference", "PI SR-2611-045"],
  ]) {
    const input = screen.queryByLabelText(label);
    if (input) fireEvent.change(input, { target: { value } });
  }
  await waitFor(() => expect(reply.getAttribute("aria-disabled")).not.toBe("true"));
  // In act: the check that the item is still open answers at once, and the pane updates then.
  await act(async () => void fireEvent.click(reply));
}

describe("the pane and the item open in Outlook", () => {
  it("follows an item the rep opens while the pane is still loading", async () => {
    const { office, omar, klaus, host } = outlook();
    const { analyse, holding, release } = holdFirstAnalysis();
    render(<App start={async () => host} analyse={analyse} />);
    // Omar's message is read, and its analysis held: the pane says it is reading.
    await holding;
    expect(screen.getByText("Reading the thread…")).toBeTruthy();
    act(() => office.changeItem(klaus));
    await act(async () => release());
    // The pane shows Klaus's thread, not the one it began to read.
    await greeting("Klaus Becker");
    expect(screen.queryByText(/Omar/)).toBeNull();
    await replyWithReminder();
    await screen.findByText("A reply with the reminder is open.");
    expect(klaus.replies).toHaveLength(1);
    expect(klaus.replies[0]).toContain("Dear Klaus Becker,");
    expect(klaus.replies[0]).not.toContain("Omar");
    expect(omar.replies).toEqual([]);
  });

  it("writes nothing into an item opened unannounced, and reads that item instead", async () => {
    const { office, omar, klaus, host } = outlook();
    render(<App start={async () => host} />);
    await greeting("Omar Haddad");
    // Klaus's message opens without an ItemChanged (Outlook registers the handler
    // asynchronously, and a change before that is never told).
    office.context.mailbox.item = klaus;
    await replyWithReminder();
    // No reply with Omar's reminder to anyone: the pane reads the open item instead.
    await greeting("Klaus Becker");
    expect(klaus.replies).toEqual([]);
    expect(omar.replies).toEqual([]);
    expect(screen.queryByText("A reply with the reminder is open.")).toBeNull();
    await screen.findByText(/You opened another message before the reminder went in/);
    // Klaus's own reminder, now that the pane shows his thread.
    await replyWithReminder();
    await screen.findByText("A reply with the reminder is open.");
    expect(klaus.replies).toHaveLength(1);
    expect(klaus.replies[0]).toContain("Dear Klaus Becker,");
    expect(omar.replies).toEqual([]);
  });

  it("asks Outlook only which item is open before it replies, without reading the message again", async () => {
    const { office, omar, host } = outlook();
    render(<App start={async () => host} />);
    await greeting("Omar Haddad");
    office.calls = [];
    await replyWithReminder();
    await screen.findByText("A reply with the reminder is open.");
    expect(omar.replies).toHaveLength(1);
    // Finding the item is a property; reading it (its body, sender, tags) would be calls.
    const ofItem = office.calls.filter((call) => !call.startsWith("roamingSettings."));
    expect(new Set(ofItem)).toEqual(new Set(["mailbox.item", "displayReplyForm"]));
  });

  it("in the simulator: takes the reply the rep opens while the pane is loading", async () => {
    const mailbox = new SimMailbox(new Date("2026-11-28T12:00:00Z"), null, "en-US");
    mailbox.select("middleman-dubai");
    const host = new SimulatorHost(mailbox);
    const { analyse, holding, release } = holdFirstAnalysis();
    render(<App start={async () => host} analyse={analyse} />);
    await holding;
    act(() => void mailbox.reply());
    await act(async () => release());
    // The pane is over the draft: it inserts at the cursor, it does not open another reply.
    await screen.findByRole("button", { name: "Insert reminder" });
    expect(screen.queryByRole("button", { name: "Reply with this reminder" })).toBeNull();
  });
});

/**
 * The simulated Outlook's settings, their saves held until `release`: a roaming-settings round
 * trip. `release` resolves once the held saves are done.
 */
function holdSettingsSaves(host: SimulatorHost) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const held: Array<Promise<void>> = [];
  const save = host.settings.save.bind(host.settings);
  jest.spyOn(host.settings, "save").mockImplementation(() => {
    const saved = gate.then(save);
    held.push(saved);
    return saved;
  });
  return async () => {
    open();
    await Promise.allSettled(held);
  };
}

describe("the chase tag", () => {
  /** Mexico's reply with Kindly's Insert pressed, and the rep's company typed for it. */
  async function insertIntoMexico() {
    const mailbox = new SimMailbox(new Date("2026-11-28T12:00:00Z"), null, "en-US");
    const host = new SimulatorHost(mailbox);
    mailbox.select("cash-flow-mexico");
    const mexico = mailbox.reply();
    render(<App start={async () => host} />);
    const insert = await screen.findByRole(
      "button",
      { name: "Insert reminder" },
      { timeout: 5_000 }
    );
    fireEvent.change(screen.getByLabelText("Your company"), {
      target: { value: "Sunrise Textiles" },
    });
    await waitFor(() => expect(insert.getAttribute("aria-disabled")).not.toBe("true"));
    return { mailbox, host, mexico, insert };
  }

  /** The rep opens Klaus's thread and replies to it. */
  function replyToKlaus(mailbox: SimMailbox) {
    mailbox.select("competitor-germany");
    return mailbox.reply();
  }

  it("goes on the draft the reminder went into, while the rep's name is still being saved", async () => {
    const { mailbox, host, mexico, insert } = await insertIntoMexico();
    const release = holdSettingsSaves(host);
    await act(async () => void fireEvent.click(insert));
    // The rep replies to Klaus while Outlook saves the rep's company.
    const klaus = await act(async () => replyToKlaus(mailbox));
    await act(async () => release());
    await waitFor(() => expect(host.settings.get("kindly.profile")).toBeTruthy());
    expect(mexico.composer.body().text).toContain("Sunrise Textiles");
    expect(mexico.categories).toEqual(["Kindly chase"]);
    expect(klaus.categories).toEqual([]);
  });

  it("is not put on another buyer's draft opened while the reminder went in, and the pane says so", async () => {
    const { mailbox, host, mexico, insert } = await insertIntoMexico();
    // Outlook answers the insert late: the rep has opened Klaus's reply by then.
    const answer = answerLate(host, "insertAtCursor");
    await act(async () => void fireEvent.click(insert));
    const klaus = await act(async () => replyToKlaus(mailbox));
    await act(async () => answer());
    // Above Klaus's thread, the pane says the reminder went in untagged.
    await screen.findByText(/before Kindly could note it as a chase/, undefined, {
      timeout: 5_000,
    });
    expect(mexico.composer.body().text).toContain("Sunrise Textiles");
    expect(klaus.composer.body().text).not.toContain("Sunrise Textiles");
    expect(klaus.categories).toEqual([]);
    expect(mexico.categories).toEqual([]);
    expect(screen.getByRole("combobox", { name: "Reason" })).toHaveProperty("value", "competitor");
    // Said once, above Klaus's thread: no failed step with a Try again that cannot work, and
    // the rep's company, typed for Mexico, is still saved for the next reminder.
    await waitFor(() => expect(host.settings.get("kindly.profile")).toBeTruthy());
    expect(screen.queryAllByText(/before Kindly could note it as a chase/)).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("goes with the reminder into a new message that Outlook saved after the pane read it", async () => {
    let office!: FakeOffice;
    // A new message has no conversation until it is first saved.
    const draft = composeItem(() => office, { conversationId: null });
    office = new FakeOffice(draft);
    render(<App start={async () => new OutlookHost(office, 1_000)} />);
    await screen.findByRole("button", { name: "Insert reminder" }, { timeout: 5_000 });
    // Outlook's autosave gives the draft its conversation while the rep fills the composer.
    draft.autosave();
    expect(draft.conversationId).not.toBeNull();
    await replyWithReminder("Insert reminder");
    await screen.findByText("Inserted into your message and noted as a chase.");
    expect(screen.queryByText(/You opened another message/)).toBeNull();
    expect(draft.state.body).toContain("Sunrise Textiles");
    expect(draft.tags.properties).toHaveProperty("kindlyChase");
  });

  it("is not put on another draft by Try again, when Outlook did not say the rep opened it", async () => {
    let office!: FakeOffice;
    const omar = composeItem(() => office);
    const klaus = {
      ...composeItem(() => office, { to: [address("Klaus Becker", "k.becker@becker-hw.de")] }),
      conversationId: "AAQkAD-conv-2",
    };
    office = new FakeOffice(omar);
    render(<App start={async () => new OutlookHost(office, 1_000)} />);
    await screen.findByRole("button", { name: "Insert reminder" }, { timeout: 5_000 });
    office.failures.set("loadCustomPropertiesAsync", "failed");
    await replyWithReminder("Insert reminder");
    const alert = await screen.findByText(/Inserted, but Kindly could not tag/);
    office.failures.clear();
    // Klaus's draft opens without an ItemChanged; the rep tries the tag again.
    office.context.mailbox.item = klaus;
    const retry = within(alert.closest<HTMLElement>('[role="alert"]')!).getByRole("button", {
      name: "Try again",
    });
    await act(async () => void fireEvent.click(retry));
    // The pane reads Klaus's draft, and says above it that Omar's went untagged.
    await screen.findByText(/before Kindly could note it as a chase/);
    expect(klaus.tags.properties).toEqual({});
    expect(omar.tags.properties).toEqual({});
  });
});

describe("a save begun on one thread", () => {
  function simulator(thread: string) {
    const mailbox = new SimMailbox(new Date("2026-11-28T12:00:00Z"), null, "en-US");
    mailbox.select(thread);
    return { mailbox, host: new SimulatorHost(mailbox) };
  }

  it("that fails is not shown over the next thread, whose Try again would save it there", async () => {
    const { mailbox, host } = simulator("no-reply-india");
    render(<App start={async () => host} />);
    const chaseAnyway = await screen.findByRole("button", { name: "Chase anyway" });
    mailbox.failures.set("settings-save", "status");
    fireEvent.click(chaseAnyway);
    const dialog = await screen.findByRole("dialog", undefined, { timeout: 5_000 });
    fireEvent.click(within(dialog).getByRole("button", { name: "Chase anyway" }));
    await screen.findByText(/Outlook could not save settings/);
    mailbox.failures.clear();
    act(() => mailbox.select("middleman-dubai"));
    await screen.findByText("Too soon: wait until Mon 7 Dec (5 business days)");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("that ends after the rep opened another thread does not read that one again", async () => {
    const { mailbox, host } = simulator("no-reply-india");
    render(<App start={async () => host} />);
    await screen.findByRole("option", { name: "Saudi Arabia" }, { timeout: 5_000 });
    const release = holdSettingsSaves(host);
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: /Buyer's country/ }), {
        target: { value: "SA" },
      });
    });
    // The rep goes on to Mexico's thread, replies, and starts a reminder.
    act(() => {
      mailbox.select("cash-flow-mexico");
      mailbox.reply();
    });
    await screen.findByRole("button", { name: "Insert reminder" }, { timeout: 5_000 });
    fireEvent.click(screen.getByRole("checkbox", { name: "The production slot closes" }));
    const reads = jest.spyOn(host, "openItem");
    await act(async () => release());
    expect(host.settings.get("kindly.countries")).toEqual({ "balajient.in": "SA" });
    expect(reads).not.toHaveBeenCalled();
    expect(screen.getByRole("checkbox", { name: "The production slot closes" })).toHaveProperty(
      "checked",
      true
    );
  });
});
