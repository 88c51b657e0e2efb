import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { NOW, openSimulator, ROOT, startHarness, transitionsDone, type Harness } from "./harness";

// The simulator playing Gmail: the card Kindly's add-on builds for the selected thread, drawn
// in Gmail's side panel, its controls running the add-on's actions.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const PANEL = 'aside[aria-label="Kindly for Gmail"]';

/** Waits until the panel has run its trigger or action and shows the card. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector(`${PANEL}[data-gmail-busy="false"]`, { timeout: 60_000 });
}

async function openGmail(thread: string): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("close", () => {
    if (errors.length) throw new Error(`The page threw: ${errors.join("; ")}`);
  });
  await page.goto(`${harness.url}index.html?now=${NOW}&thread=${thread}&client=gmail`);
  await settled(page);
  return page;
}

/** The card's paragraph that previews the reminder (it greets the buyer). */
const preview = (page: Page) => page.locator(`${PANEL} div`, { hasText: /^Dear / }).last();

describe("the simulator playing Gmail", () => {
  it("draws the add-on's card for the selected thread, with the decision the pane shows", async () => {
    const { page, pane } = await openSimulator(harness, "middleman-dubai");
    const title = await pane.locator("#kindly-status-title").innerText();
    await page.getByRole("button", { name: "Gmail" }).click();
    await settled(page);
    const panel = page.locator(PANEL);
    expect(await panel.getByText(title, { exact: true }).count()).toBe(1);
    expect(
      await panel.getByRole("combobox", { name: "Reason" }).locator("option:checked").innerText()
    ).toBe("Waiting for his own customer (detected)");
    // The README's picture of Kindly in Gmail.
    await page.screenshot({ path: path.join(ROOT, "docs/screenshots/simulator-gmail.png") });

    // Another thread: Gmail fires the trigger again, for that thread.
    await page.locator('[data-thread-id="cash-flow-mexico"]').click();
    await panel.getByText("Pedido PO-4471 toallas de playa – anticipo").first().waitFor();
    await settled(page);
    expect(
      await panel.getByRole("combobox", { name: "Reason" }).locator("option:checked").innerText()
    ).toBe("Short of cash for now (detected)");
    await page.context().close();
  });

  it("runs the card's actions: a reason, the missing fields, Reply with the reminder, then Insert", async () => {
    const page = await openGmail("no-reply-india");
    const panel = page.locator(PANEL);
    const before = await preview(page).innerText();
    await panel.getByRole("combobox", { name: "Reason" }).selectOption("cash_flow");
    await page.waitForFunction(
      ([selector, text]) =>
        ![...document.querySelectorAll(`${selector} div`)].some((d) => d.textContent === text),
      [PANEL, before] as const
    );
    await settled(page);

    const reply = panel.getByRole("button", { name: "Reply with this reminder" });
    expect(await reply.isDisabled()).toBe(true);
    // The rep's name is the one their own messages in the thread carry; the company is asked.
    expect(await panel.getByRole("textbox", { name: "Your name" }).count()).toBe(0);
    await panel.getByRole("textbox", { name: "Your company" }).fill("Sunrise Textiles");
    await page.keyboard.press("Tab");
    await settled(page);
    expect(await reply.isEnabled()).toBe(true);
    const reminder = (await preview(page).innerText()).split("\n").filter((l) => l.trim());
    expect(reminder.join("\n")).toContain("Amy Zhang");
    expect(reminder.join("\n")).toContain("Sunrise Textiles");

    // Reply: Gmail opens a reply draft holding the reminder, and the compose card.
    await reply.click();
    const body = page.locator("#compose-body");
    await body.waitFor();
    await panel.getByRole("button", { name: "Insert reminder" }).waitFor();
    await settled(page);
    for (const line of reminder) expect(await body.innerText()).toContain(line);

    // Insert: the compose card does not ask again for the company the rep typed on the message
    // card (Reply kept it); the rep's own words stay, the reminder goes in at the cursor.
    expect(await panel.getByRole("textbox", { name: "Your company" }).count()).toBe(0);
    await body.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("Thank you for your patience. ");
    await panel.getByRole("button", { name: "Insert reminder" }).click();
    await page.waitForFunction(
      ([line]) => document.querySelector("#compose-body")!.textContent!.split(line).length === 3,
      [reminder[1]] as const
    );
    expect(await body.innerText()).toContain("Thank you for your patience.");
    await page.context().close();
  }, 120_000);

  it("has no accessibility violations in the panel, with the timeline open", async () => {
    const page = await openGmail("middleman-dubai");
    await page.locator(PANEL).getByRole("button", { name: "Show more" }).click();
    await settled(page);
    await transitionsDone(page);
    const result = await new AxeBuilder({ page }).include(PANEL).analyze();
    expect(
      result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))
    ).toEqual([]);
    await page.context().close();
  });
});
