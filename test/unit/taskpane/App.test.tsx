/**
 * @jest-environment jsdom
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { HostError, type MailHost } from "../../../src/hosts/mailhost";
import { loadMemory, rememberChase } from "../../../src/hosts/memory-store";
import { MAX_NAME_LENGTH } from "../../../src/hosts/preferences";
import { answerLate } from "./answer-late";

const NOW = new Date("2026-11-28T12:00:00Z");

function simulator(lang = "en-US") {
  const mailbox = new SimMailbox(NOW, null, lang);
  return { mailbox, host: new SimulatorHost(mailbox) };
}

describe("the status card", () => {
  it.each([
    // A middleman is chased rarely: 7 business days after one chase (Wed 2 Dec is a UAE holiday).
    ["middleman-dubai", "Too soon: wait until Mon 7 Dec (5 business days)"],
    ["exchange-rate-brazil", "OK to chase"],
    ["cash-flow-mexico", "Reply to the buyer: they wrote last"],
    ["promise-china", "Hold until Fri 4 Dec (5 business days)"],
  ])("%s: %s", async (thread, title) => {
    const { host, mailbox } = simulator();
    mailbox.select(thread);
    render(<App start={async () => host} />);
    await screen.findByText(title);
  });

  it("counts the chases Kindly remembers, which the open item's quotes do not show", async () => {
    const { host, mailbox } = simulator();
    mailbox.select("ooo-spain"); // the open item is Lucía's out-of-office reply, quoting nothing
    render(<App start={async () => host} />);
    await screen.findByText("OK to chase");
    cleanup();
    await rememberChase(host.settings, "ooo-spain", "2026-11-24");
    render(<App start={async () => host} />);
    // Lucía is away until Fri 4 Dec, so back on Mon 7 Dec: Kindly holds one business day
    // more, to Wed 9 Dec (Tue 8 Dec is a public holiday in Spain).
    await screen.findByText("Hold until Wed 9 Dec (7 business days)");
    expect(screen.getByText(/chase remembered by Kindly/)).toBeTruthy();
  });

  it("says why, and keeps the rep's 'Chase anyway' for the thread", async () => {
    const { host, mailbox } = simulator();
    mailbox.select("no-reply-india");
    render(<App start={async () => host} />);
    await screen.findByText(
      /after 3 unanswered chases Kindly waits 7 business days; India's weekend and holidays counted/
    );
    const chaseAnyway = screen.getByRole("button", { name: "Chase anyway" });
    // "Wait": the dialog closes, and focus is back on the button that opened it.
    chaseAnyway.focus();
    fireEvent.click(chaseAnyway);
    // The dialog is a chunk of its own, loaded on this first use.
    const asking = await screen.findByRole("dialog", undefined, { timeout: 5_000 });
    fireEvent.click(within(asking).getByRole("button", { name: "Wait" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(chaseAnyway);
    fireEvent.click(chaseAnyway);
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Kindly advises waiting until");
    fireEvent.click(within(dialog).getByRole("button", { name: "Chase anyway" }));
    await screen.findByText("You chose to chase anyway on Sat 28 Nov.");
    expect(screen.queryByRole("button", { name: "Chase anyway" })).toBeNull();
    // The button is gone: focus is on the status it changed, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole("region", { name: /^Too soon/ }));
  });

  it("counts the business days of the country the rep sets for the buyer", async () => {
    const { host, mailbox } = simulator();
    mailbox.select("no-reply-india");
    render(<App start={async () => host} />);
    await screen.findByText("Too soon: wait until Fri 4 Dec (5 business days)");
    const country = screen.getByRole("combobox", { name: /Buyer's country/ });
    expect((country as HTMLSelectElement).selectedOptions[0].textContent).toBe(
      "India (from the address)"
    );
    // The list of countries fills in right after the first screen.
    await screen.findByRole("option", { name: "Saudi Arabia" });
    // Saving, then reading the thread again: both inside act, as React asks.
    await act(async () => {
      fireEvent.change(country, { target: { value: "SA" } });
    });
    // A Friday–Saturday weekend: Thu 26 Nov, then Sunday to Thursday, then Sun 6 Dec.
    await screen.findByText("Too soon: wait until Sun 6 Dec (6 business days)");
    expect(host.settings.get("kindly.countries")).toEqual({ "balajient.in": "SA" });
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: /Buyer's country/ }), {
        target: { value: "" },
      });
    });
    await screen.findByText("Too soon: wait until Fri 4 Dec (5 business days)");
  });

  it("says the status counted for another country in the live region a screen reader heard", async () => {
    const { host, mailbox } = simulator();
    mailbox.select("no-reply-india");
    render(<App start={async () => host} />);
    const title = await screen.findByText("Too soon: wait until Fri 4 Dec (5 business days)");
    // A region is read out when what is in it changes, not when it comes with its words.
    const region = title.closest('[aria-live="polite"]');
    expect(region).not.toBeNull();
    await screen.findByRole("option", { name: "Saudi Arabia" });
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: /Buyer's country/ }), {
        target: { value: "SA" },
      });
    });
    const now = await screen.findByText("Too soon: wait until Sun 6 Dec (6 business days)");
    expect(now.closest('[aria-live="polite"]')).toBe(region);
  });

  it("keeps the reminder being written, and the focus, while it counts another country", async () => {
    const { host, mailbox } = simulator();
    mailbox.select("cash-flow-mexico");
    mailbox.reply();
    render(<App start={async () => host} />);
    await screen.findByRole("button", { name: "Insert reminder" }, { timeout: 5_000 });
    const composer = document.querySelector("[data-kindly-composer]");
    fireEvent.click(screen.getByRole("checkbox", { name: "The production slot closes" }));
    fireEvent.change(screen.getByLabelText("Your company"), {
      target: { value: "Sunrise Textiles" },
    });
    await screen.findByRole("option", { name: "Saudi Arabia" });
    const country = screen.getByRole("combobox", { name: /Buyer's country/ });
    country.focus();
    await act(async () => {
      fireEvent.change(country, { target: { value: "SA" } });
    });
    // Read again under Saudi Arabia's calendar: no spinner in between, the same composer.
    expect(screen.queryByText("Reading the thread…")).toBeNull();
    await waitFor(() =>
      expect(host.settings.get("kindly.countries")).toEqual({ "dmorales.com.mx": "SA" })
    );
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: /Buyer's country/ })).toHaveProperty(
        "value",
        "SA"
      )
    );
    expect(document.querySelector("[data-kindly-composer]")).toBe(composer);
    expect(screen.getByRole("checkbox", { name: "The production slot closes" })).toHaveProperty(
      "checked",
      true
    );
    expect(screen.getByLabelText("Your company")).toHaveProperty("value", "Sunrise Textiles");
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: /Buyer's country/ }));
  });

  it("warns when the stored memory was damaged, and works on", async () => {
    const { host, mailbox } = simulator();
    mailbox.setSetting("kindly.memory", "garbage!!");
    render(<App start={async () => host} />);
    await screen.findByText(/could not read its memory of past chases and starts afresh/);
    await screen.findByText(/Thread · 4 messages/);
  });
});

describe("the task pane", () => {
  it("shows a loading state, then the open thread, and marks itself ready", async () => {
    const { host } = simulator();
    const { container } = render(<App start={async () => host} />);
    expect(screen.getByText("Reading the thread…")).toBeTruthy();
    await screen.findByText(/Thread · 4 messages/);
    expect(container.querySelector('[data-kindly-ready="true"]')).not.toBeNull();
    // Four messages start folded, not even rendered; the heading opens them.
    expect(screen.queryByText("Amy Zhang")).toBeNull();
    fireEvent.click(screen.getByText(/Thread · 4 messages/));
    // The open message and the history rebuilt from its quotes: two of ours, two of the buyer's.
    await waitFor(() => expect(screen.getAllByText("Amy Zhang")).toHaveLength(2));
    expect(screen.getAllByText("Omar Haddad")).toHaveLength(2);
    expect(screen.getAllByText("Us")).toHaveLength(2);
    expect(screen.getAllByText("Buyer")).toHaveLength(2);
  });

  it("speaks the mail client's language", async () => {
    const { host } = simulator("zh-TW");
    render(<App start={async () => host} />);
    await screen.findByText(/郵件往來/);
  });

  it("shows why start-up failed and tries again on request", async () => {
    const { host } = simulator();
    const start = jest
      .fn<Promise<MailHost>, []>()
      .mockRejectedValueOnce(new Error("Office.js could not be loaded."))
      .mockResolvedValue(host);
    render(<App start={start} />);
    await screen.findByText("Office.js could not be loaded.");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByText(/Thread · 4 messages/);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it("shows a host failure with a retry, and recovers", async () => {
    const { host } = simulator();
    const openItem = jest
      .spyOn(host, "openItem")
      .mockRejectedValueOnce(new Error("Outlook did not answer (read the message body)."));
    render(<App start={async () => host} />);
    await screen.findByText("Outlook did not answer (read the message body).");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByText(/Thread · 4 messages/);
    expect(openItem).toHaveBeenCalledTimes(2);
  });

  it("words a host failure in the rep's UI language, keeping what Outlook said as it said it", async () => {
    const { host } = simulator("zh-CN");
    jest
      .spyOn(host, "openItem")
      .mockRejectedValueOnce(HostError.worded({ problem: "hostNoAnswer", operation: "doReadBody" }))
      .mockRejectedValueOnce(
        HostError.worded({
          problem: "hostFailedSaying",
          operation: "doReadSubject",
          detail: "Busy",
        })
      );
    render(<App start={async () => host} />);
    await screen.findByText("Outlook 没有响应（读取邮件正文）。");
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    await screen.findByText("Outlook 未能读取主题：Busy");
  });

  it("writes a reminder in the buyer's language, asks what it lacks, and inserts it", async () => {
    const { host, mailbox } = simulator();
    mailbox.select("cash-flow-mexico");
    mailbox.reply();
    render(<App start={async () => host} />);
    const insert = await screen.findByRole("button", { name: "Insert reminder" });
    expect(screen.getByRole("combobox", { name: "Buyer's language" })).toHaveProperty(
      "value",
      "es"
    );
    fireEvent.click(screen.getByRole("checkbox", { name: "The production slot closes" }));
    await screen.findByText(/Fill in: .*Production slot closes on/);
    // Disabled but focusable: Tab still reaches it.
    expect(insert.getAttribute("aria-disabled")).toBe("true");
    // The rep's company is saved after the insert, and a longer one would be refused then.
    expect(screen.getByLabelText("Your company").getAttribute("maxlength")).toBe(
      String(MAX_NAME_LENGTH)
    );
    // A slot day before the rep's today (28 November) is refused beside the field, and stays asked.
    const slot = screen.getByLabelText("Production slot closes on");
    fireEvent.change(slot, { target: { value: "2026-11-20" } });
    await screen.findByText(/This day has passed/);
    expect(slot.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/Fill in: .*Production slot closes on/)).toBeTruthy();
    for (const [label, value] of [
      ["Your company", "Sunrise Textiles"],
      ["Production slot closes on", "2026-12-15"],
    ]) {
      const input = screen.queryByLabelText(label);
      if (input) fireEvent.change(input, { target: { value } });
    }
    await waitFor(() => expect(insert.getAttribute("aria-disabled")).not.toBe("true"));
    expect(screen.getByText(/15 de diciembre de 2026/)).toBeTruthy();
    expect(screen.queryByText(/This day has passed/)).toBeNull();
    fireEvent.click(insert);
    await screen.findByText("Inserted into your message and noted as a chase.");
    const body = mailbox.openItem().bodyText;
    expect(body).toContain("15 de diciembre de 2026");
    expect(body).toContain("Sunrise Textiles");
    // Tagged as a chase, and remembered for the thread on the rep's day.
    let sent: ReturnType<typeof mailbox.send> = null;
    act(() => {
      sent = mailbox.send();
    });
    expect(sent!.categories).toEqual(["Kindly chase"]);
    await waitFor(() =>
      expect(loadMemory(host.settings).memory.get("cash-flow-mexico").chases).toEqual([
        "2026-11-28",
      ])
    );
  });

  it("from a message being read, opens a reply holding the reminder, and says so over it", async () => {
    const { host, mailbox } = simulator();
    mailbox.select("exchange-rate-brazil");
    render(<App start={async () => host} />);
    const reply = await screen.findByRole(
      "button",
      { name: "Reply with this reminder" },
      { timeout: 5_000 }
    );
    for (const label of ["Your company", "Order reference"]) {
      const input = screen.queryByLabelText(label);
      if (input) fireEvent.change(input, { target: { value: "Sunrise Textiles" } });
    }
    await waitFor(() => expect(reply.getAttribute("aria-disabled")).not.toBe("true"));
    // Outlook says the reply is open only once the pane has read it.
    const answer = answerLate(host, "replyWith");
    await act(async () => void fireEvent.click(reply));
    // The pane follows the rep to the reply, which holds the reminder: it is not offered again.
    await screen.findByRole("button", { name: "Check the tone of my draft" }, { timeout: 5_000 });
    await act(async () => answer());
    expect(mailbox.openItem().bodyText).toContain("Sunrise Textiles");
    expect(screen.getByText("A reply with the reminder is open.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Insert reminder" })).toBeNull();
    // Discarded, and replied to again by hand: that reply is offered the reminder.
    act(() => mailbox.discard());
    await screen.findByRole("button", { name: "Reply with this reminder" });
    act(() => void mailbox.reply());
    await screen.findByRole("button", { name: "Insert reminder" });
    expect(screen.queryByText("A reply with the reminder is open.")).toBeNull();
  });

  it("folds the next thread again after the rep opened this one's list", async () => {
    const { host, mailbox } = simulator();
    render(<App start={async () => host} />);
    fireEvent.click(await screen.findByText(/Thread · 4 messages/));
    const thread = () => screen.queryByRole("list", { name: /^Thread · / });
    await waitFor(() => expect(thread()?.children).toHaveLength(4));
    act(() => mailbox.select("competitor-germany"));
    await waitFor(() =>
      expect((screen.getByRole("combobox", { name: "Reason" }) as HTMLSelectElement).value).toBe(
        "competitor"
      )
    );
    expect(thread()).toBeNull();
  });

  it("reads the thread again when the rep opens another one", async () => {
    const { host, mailbox } = simulator();
    render(<App start={async () => host} />);
    const reason = () =>
      (screen.getByRole("combobox", { name: "Reason" }) as HTMLSelectElement).value;
    await waitFor(() => expect(reason()).toBe("middleman"));
    act(() => mailbox.select("cash-flow-mexico"));
    await waitFor(() => expect(reason()).toBe("cash_flow"));
  });
});

describe("the settings, opened from the pane", () => {
  /** Mexico's reply with its composer, the rep's company typed into it. */
  async function writingToMexico() {
    const { host, mailbox } = simulator();
    mailbox.select("cash-flow-mexico");
    mailbox.reply();
    render(<App start={async () => host} />);
    await screen.findByRole("button", { name: "Insert reminder" }, { timeout: 5_000 });
    fireEvent.change(screen.getByLabelText("Your company"), {
      target: { value: "Sunrise Textiles" },
    });
    return host;
  }

  it("Cancel: the pane is back as the rep left it, not read again", async () => {
    const host = await writingToMexico();
    const reads = jest.spyOn(host, "openItem");
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    await screen.findByRole("button", { name: "Cancel" }, { timeout: 5_000 });
    // The pane is out of sight meanwhile.
    expect(screen.queryByRole("button", { name: "Insert reminder" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByLabelText("Your company")).toHaveProperty("value", "Sunrise Textiles");
    expect(reads).not.toHaveBeenCalled();
    // The focus is back on the button that opened the settings, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Settings" }));
  });

  it("Save: the pane says so, reads the thread under the new settings, and keeps the focus", async () => {
    const { host } = simulator();
    render(<App start={async () => host} />);
    await screen.findByText(/Thread · 4 messages/);
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    const settings = await screen.findByRole("region", { name: "Settings" }, { timeout: 5_000 });
    fireEvent.change(within(settings).getByLabelText("Your company"), {
      target: { value: "Sunrise Textiles" },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await screen.findByText(/Thread · 4 messages/);
    expect(host.settings.get("kindly.profile")).toEqual({ company: "Sunrise Textiles" });
    // Said in a live region that was there before it spoke, so a screen reader says it too.
    const said = screen.getByText("Settings saved.");
    expect(said.closest('[aria-live="polite"]')).not.toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Settings" }));
    // Opened again, the settings are not said to be saved.
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    await screen.findByRole("button", { name: "Cancel" });
    expect(screen.queryByText("Settings saved.")).toBeNull();
    // Saved in another UI language, they are said to be saved in it.
    fireEvent.change(screen.getByRole("combobox", { name: "Kindly's language" }), {
      target: { value: "zh-CN" },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await screen.findByText("设置已保存。");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "设置" }));
  });
});
