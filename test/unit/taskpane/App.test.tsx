/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import type { MailHost } from "../../../src/hosts/mailhost";

const NOW = new Date("2026-11-28T12:00:00Z");

function simulator(lang = "en-US") {
  const mailbox = new SimMailbox(NOW, null, lang);
  return { mailbox, host: new SimulatorHost(mailbox) };
}

describe("the task pane", () => {
  it("shows a loading state, then the open thread, and marks itself ready", async () => {
    const { host } = simulator();
    const { container } = render(<App start={async () => host} />);
    expect(screen.getByText("Reading the thread…")).toBeTruthy();
    await screen.findByText(/Thread · 4 messages/);
    expect(container.querySelector('[data-kindly-ready="true"]')).not.toBeNull();
    // The open message and the history rebuilt from its quotes: two of ours, two of the buyer's.
    expect(screen.getAllByText("Amy Zhang")).toHaveLength(2);
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

  it("inserts the sample paragraph into the draft in compose mode", async () => {
    const { host, mailbox } = simulator();
    mailbox.reply();
    render(<App start={async () => host} />);
    fireEvent.click(await screen.findByRole("button", { name: "Insert sample paragraph" }));
    await screen.findByText("Inserted into your message.");
    expect(mailbox.openItem().bodyText).toContain("I hope this message finds you well.");
  });

  it("reads the thread again when the rep opens another one", async () => {
    const { host, mailbox } = simulator();
    render(<App start={async () => host} />);
    await screen.findAllByText("Omar Haddad");
    act(() => mailbox.select("cash-flow-mexico"));
    await waitFor(() => expect(screen.getAllByText("Javier Morales").length).toBeGreaterThan(0));
  });
});
