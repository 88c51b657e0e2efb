import fs from "node:fs";
import path from "node:path";
import type { Frame, Locator, Page } from "playwright-core";
import type { SimFailure, SimOperation } from "../../src/hosts/simulator/host";
import { eventually, openSimulator, startHarness, transitionsDone, type Harness } from "./harness";

// The simulated Outlook failing each call the pane makes while the rep writes a reply
// (inserting at the cursor, tagging the chase, saving the chase to the roaming settings,
// reading the item), each way Outlook fails (a Failed status, a throw, no answer, settings
// over quota): the pane says so with a retry, axe-core finds nothing wrong with it, and the
// reply keeps every line it had. Once Outlook answers again, the retry does the work.
// Failures are injected through the simulator page's mailbox (src/hosts/simulator/host.ts).

const THREAD = "middleman-dubai";
const TYPED = "Thank you for your message.";
const INSERTED = "Inserted into your message and noted as a chase.";
/** The reminder goes in in the buyer's language: one element marked with it per insert. */
const REMINDER = '[lang="en"]';

// Each test runs its failures one after another in one page: 15–30 s, more on a loaded machine.
jest.setTimeout(120_000);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Tells the simulated Outlook to fail an operation one way, or (null) to answer again. */
async function inject(page: Page, op: SimOperation, mode: SimFailure | null): Promise<void> {
  await page.evaluate(
    ([op, mode]) => {
      const failures = (window as unknown as { kindlySimulator: { failures: Map<string, string> } })
        .kindlySimulator.failures;
      if (mode) failures.set(op, mode);
      else failures.delete(op);
    },
    [op, mode] as const
  );
}

/** What the pane must say for a failure of the operation, by mode. */
function saying(words: string, mode: SimFailure): RegExp {
  return mode === "timeout"
    ? new RegExp(`Outlook did not answer \\(${words}\\)\\.`)
    : new RegExp(`Outlook could not ${words}: \\S`);
}

async function withSimulator(run: (page: Page, pane: Frame) => Promise<void>): Promise<void> {
  // A context of its own: axe-core works on pages made from one.
  const context = await harness.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, pane } = await openSimulator(harness, THREAD, await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await run(page, pane);
  } finally {
    await context.close();
  }
  // A failure the pane did not handle would surface here as an unhandled rejection.
  expect(errors).toEqual([]);
}

/** Opens a reply, types into it, and fills what the composer asks for; resolves to Insert. */
async function startReply(page: Page, pane: Frame): Promise<Locator> {
  await page.getByRole("button", { name: "Reply", exact: true }).click();
  await page.locator("#compose-body").click({ position: { x: 20, y: 15 } });
  await page.keyboard.type(TYPED);
  const insert = pane.getByRole("button", { name: "Insert reminder" });
  await insert.waitFor();
  for (const [label, value] of [
    ["Your name", "Lin Wei"],
    ["Your company", "Sunrise Textiles"],
    ["Buyer's name", "Omar"],
    ["Order reference", "PI SR-2611-045"],
  ] as const) {
    const input = pane.getByLabel(label, { exact: true });
    if ((await input.count()) > 0) await input.fill(value);
  }
  await eventually(() => insert.isEnabled(), true, 5);
  return insert;
}

/** The reply's text, and how many reminders it holds. */
async function draft(page: Page): Promise<{ text: string; reminders: number }> {
  const body = page.locator("#compose-body");
  return { text: await body.innerText(), reminders: await body.locator(REMINDER).count() };
}

/** Every line of `before` is in `after`, in order: the reply lost nothing. */
function expectKept(before: string, after: string): void {
  let at = 0;
  for (const line of before.split("\n").filter((l) => l.trim())) {
    const found = after.indexOf(line, at);
    expect({ line, found: found >= 0 }).toEqual({ line, found: true });
    at = found + line.length;
  }
}

/**
 * axe-core, the copy @axe-core/playwright uses, run in the pane's frame alone: AxeBuilder
 * analyses the whole page and every frame, several seconds a time on a loaded machine.
 */
const AXE_SOURCE = fs.readFileSync(
  require.resolve("axe-core/axe.min.js", {
    paths: [path.dirname(require.resolve("@axe-core/playwright"))],
  }),
  "utf8"
);

async function violations(pane: Frame): Promise<string[]> {
  await transitionsDone(pane);
  if (!(await pane.evaluate(() => "axe" in window))) await pane.evaluate(AXE_SOURCE);
  return pane.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(context: Document): Promise<{
          violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
        }>;
      };
    };
    const result = await axe.run(document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
}

/** The alert saying `text`, with its retry; axe-core finds no violations in the pane. */
async function expectAlert(pane: Frame, text: RegExp): Promise<Locator> {
  const alert = pane.getByRole("alert").filter({ hasText: text }).first();
  await alert.waitFor();
  expect(await alert.getByRole("button", { name: "Try again" }).count()).toBe(1);
  expect(await violations(pane)).toEqual([]);
  return alert;
}

/** The simulator's draft's chase tag (its custom property); `clear` removes it first. */
async function chaseTag(page: Page, clear = false): Promise<string | undefined> {
  return page.evaluate((clear) => {
    const { properties } = (
      window as unknown as {
        kindlySimulator: { currentDraft: { properties: Record<string, string> } };
      }
    ).kindlySimulator.currentDraft;
    if (clear) delete properties.kindlyChase;
    return properties.kindlyChase;
  }, clear);
}

/**
 * Makes the simulated Outlook fail `op` one way, clicks `act`, and waits for the pane to say
 * so (axe-core checking the pane); then Outlook answers again. The reply before and after,
 * which kept every line it had, and the alert with its retry.
 */
async function failing(
  page: Page,
  pane: Frame,
  op: SimOperation,
  mode: SimFailure,
  act: Locator,
  said: RegExp
) {
  const before = await draft(page);
  await inject(page, op, mode);
  await act.click();
  const alert = await expectAlert(pane, said);
  const after = await draft(page);
  expectKept(before.text, after.text);
  await inject(page, op, null);
  return { before, after, alert };
}

function retry(alert: Locator): Promise<void> {
  return alert.getByRole("button", { name: "Try again" }).click();
}

const MODES: SimFailure[] = ["status", "throw", "timeout"];

describe("the pane when Outlook fails while the rep writes a reply", () => {
  it("inserting at the cursor: nothing goes in, and the retry inserts once", async () => {
    await withSimulator(async (page, pane) => {
      const insert = await startReply(page, pane);
      for (const mode of MODES) {
        const said = saying("insert the reminder", mode);
        const { before, after, alert } = await failing(page, pane, "insert", mode, insert, said);
        // Nothing at all changed in the reply.
        expect(after).toEqual(before);
        await retry(alert);
        await pane.getByText(INSERTED).waitFor();
        const done = await draft(page);
        expect(done.reminders).toBe(before.reminders + 1);
        expectKept(before.text, done.text);
      }
      expect((await draft(page)).text).toContain(TYPED);
    });
  });

  it("tagging the chase: the reminder stays in, and the retry tags without a second one", async () => {
    await withSimulator(async (page, pane) => {
      const insert = await startReply(page, pane);
      for (const mode of MODES) {
        await chaseTag(page, true);
        const said = saying("tag the message", mode);
        const { before, after, alert } = await failing(page, pane, "tag", mode, insert, said);
        expect(await alert.innerText()).toContain("Inserted, but Kindly could not tag");
        expect(after.reminders).toBe(before.reminders + 1);
        expect(await chaseTag(page)).toBeUndefined();
        await retry(alert);
        await pane.getByText(INSERTED).waitFor();
        expect(await draft(page)).toEqual(after);
        expect(await chaseTag(page)).toBeTruthy();
      }
    });
  });

  it("saving the chase and the rep's name to the roaming settings: the reminder still goes in", async () => {
    await withSimulator(async (page, pane) => {
      const insert = await startReply(page, pane);
      for (const mode of [...MODES, "quota"] as SimFailure[]) {
        const said =
          mode === "quota" ? /over Outlook's 32 KB limit/ : saying("save settings", mode);
        const { before, after } = await failing(page, pane, "settings-save", mode, insert, said);
        expect(after.reminders).toBe(before.reminders + 1);
        // The pane remembers the chase, and the composer the rep's name: each says so.
        const alerts = pane.getByRole("alert").filter({ hasText: said });
        await eventually(() => alerts.count(), 2);
        // Each retry does its own save; the last alert first, so the first stays first.
        await retry(alerts.nth(1));
        await retry(alerts.nth(0));
        await eventually(() => alerts.count(), 0);
        await pane.getByText(INSERTED).waitFor();
        expect(await draft(page)).toEqual(after);
        const stored = await page.evaluate(() =>
          JSON.parse(localStorage.getItem("kindly.simulator.settings") ?? "{}")
        );
        expect(stored["kindly.profile"]).toMatchObject({ company: "Sunrise Textiles" });
        expect(stored["kindly.memory"]).toBeTruthy();
      }
    });
  });

  it("reading the item: opening the reply, and checking its tone", async () => {
    await withSimulator(async (page, pane) => {
      for (const mode of MODES) {
        // The pane reads the reply as the rep opens it: it says it could not, with a retry.
        await inject(page, "read", mode);
        await page.getByRole("button", { name: "Reply", exact: true }).click();
        const alert = await expectAlert(pane, saying("read the message", mode));
        // The rep writes on meanwhile; reading the reply again changes none of it.
        await page.locator("#compose-body").click({ position: { x: 20, y: 15 } });
        await page.keyboard.type(`${TYPED} (${mode})`);
        const before = await draft(page);
        await inject(page, "read", null);
        await retry(alert);
        await pane.getByRole("button", { name: "Insert reminder" }).waitFor();
        expect(await draft(page)).toEqual(before);
        await page.getByRole("button", { name: "Discard" }).click();
        await pane.getByRole("button", { name: "Reply with this reminder" }).waitFor();
      }
      // Reading the draft again for its tone.
      const insert = await startReply(page, pane);
      const check = pane.getByRole("button", { name: "Check the tone of my draft" });
      for (const mode of MODES) {
        const said = saying("read the message", mode);
        const { before, after, alert } = await failing(page, pane, "read", mode, check, said);
        expect(after).toEqual(before);
        await retry(alert);
        await check.locator("xpath=..").getByText("No words that may upset the buyer.").waitFor();
      }
      // Outlook answers again: the insert goes in.
      const before = await draft(page);
      await insert.click();
      await pane.getByText(INSERTED).waitFor();
      expect((await draft(page)).reminders).toBe(before.reminders + 1);
    });
  });
});
