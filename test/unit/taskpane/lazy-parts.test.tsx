/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../src/hosts/simulator/host";

// The parts the pane loads on demand (the composer, the "Chase anyway" dialog, the settings)
// as a network that drops one chunk and then is back: the part says so in its place, the
// rest of the pane stays, and Try again loads it.

/** The chunks that fail to load, by module; a mocked module throws as webpack does. */
const mockFailing = new Set<string>();
function mockChunk(name: string, path: string) {
  if (mockFailing.has(name)) throw new Error(`Loading chunk ${name} failed.`);
  return jest.requireActual(path);
}
jest.mock("../../../src/taskpane/components/Composer", () =>
  mockChunk("composer", "../../../src/taskpane/components/Composer")
);
jest.mock("../../../src/taskpane/components/ChaseAnywayDialog", () =>
  mockChunk("chase-anyway", "../../../src/taskpane/components/ChaseAnywayDialog")
);
jest.mock("../../../src/taskpane/components/Settings", () =>
  mockChunk("settings", "../../../src/taskpane/components/Settings")
);

function simulator(thread: string) {
  const mailbox = new SimMailbox(new Date("2026-11-28T12:00:00Z"), null, "en-US");
  mailbox.select(thread);
  return new SimulatorHost(mailbox);
}

/** The failure's Try again, once the network is back. */
async function tryAgain(name: string) {
  const said = await screen.findByText(`Loading chunk ${name} failed.`, undefined, {
    timeout: 5_000,
  });
  const alert = said.closest<HTMLElement>('[role="alert"]')!;
  mockFailing.delete(name);
  await act(async () => {
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
  });
}

beforeEach(() => {
  mockFailing.clear();
  // React reports the error the boundary caught.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});

describe("a part whose chunk failed to load", () => {
  it("the composer: the status stays, and Try again loads it", async () => {
    mockFailing.add("composer");
    render(<App start={async () => simulator("middleman-dubai")} />);
    await tryAgain("composer");
    expect(screen.getByText("Too soon: wait until Mon 7 Dec (5 business days)")).toBeTruthy();
    await screen.findByRole("button", { name: "Reply with this reminder" }, { timeout: 5_000 });
    expect(screen.queryByText("Loading chunk composer failed.")).toBeNull();
  });

  it("the 'Chase anyway' dialog: the status stays, and Try again asks", async () => {
    mockFailing.add("chase-anyway");
    render(<App start={async () => simulator("no-reply-india")} />);
    fireEvent.click(
      await screen.findByRole("button", { name: "Chase anyway" }, { timeout: 5_000 })
    );
    await tryAgain("chase-anyway");
    expect(screen.getByText("Too soon: wait until Fri 4 Dec (5 business days)")).toBeTruthy();
    await screen.findByRole("dialog", undefined, { timeout: 5_000 });
  });

  it("the settings: Try again opens them", async () => {
    mockFailing.add("settings");
    render(<App start={async () => simulator("no-reply-india")} />);
    fireEvent.click(await screen.findByRole("button", { name: "Settings" }, { timeout: 5_000 }));
    await tryAgain("settings");
    await screen.findByRole("heading", { name: "Settings", level: 2 }, { timeout: 5_000 });
  });
});
