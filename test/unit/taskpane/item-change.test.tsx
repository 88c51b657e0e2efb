/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { analyseHere, type Analyse } from "../../../src/taskpane/analysis-client";
import { OutlookHost } from "../../../src/hosts/outlook/host";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { address, FakeOffice, readItem } from "../../fakes/office";

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
async function replyWithReminder(): Promise<void> {
  const reply = screen.getByRole("button", { name: "Reply with this reminder" });
  for (const [label, value] of [
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
