import fs from "node:fs";
import path from "node:path";
import { openSimulator, ROOT, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe("the simulator with the real pane", () => {
  it("inserts a paragraph at the cursor and keeps what the rep typed", async () => {
    const { page, pane } = await openSimulator(harness, "middleman-dubai");
    await page.getByRole("button", { name: "Reply", exact: true }).click();
    const body = page.locator("#compose-body");
    await body.click({ position: { x: 20, y: 15 } });
    await page.keyboard.type("Dear Omar, thank you for your patience.");
    await pane.waitForSelector('[data-kindly-ready="true"]');
    await pane.getByRole("button", { name: "Insert sample paragraph" }).click();
    await pane.getByText("Inserted into your message.").waitFor();
    const text = await body.innerText();
    expect(text).toContain("Dear Omar, thank you for your patience.");
    expect(text).toContain("I hope this message finds you well.");
    expect(text.indexOf("thank you for your patience.")).toBeLessThan(
      text.indexOf("I hope this message")
    );
    expect(text).toContain("My customer in Riyadh has not released his payment");
    fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, "docs/screenshot.png") });
    await page.close();
  });

  it("says when it is too soon, and takes Chase anyway and the buyer's country", async () => {
    const { page, pane } = await openSimulator(harness, "no-reply-india");
    // Three unanswered chases, the last on Wed 25 Nov: 7 of India's business days.
    await pane.getByText("Too soon: wait until Fri 4 Dec (5 business days)").waitFor();
    await pane.getByLabel("Buyer's country").selectOption("SA");
    await pane.getByText("Too soon: wait until Sun 6 Dec (6 business days)").waitFor();
    // The confirmation is loaded on first use.
    await pane.getByRole("button", { name: "Chase anyway" }).click();
    const dialog = pane.getByRole("dialog");
    await dialog.getByText("Kindly advises waiting until Sun 6 Dec.").waitFor();
    await dialog.getByRole("button", { name: "Chase anyway" }).click();
    await pane.getByText("You chose to chase anyway on Sat 28 Nov.").waitFor();
    expect(await pane.getByRole("button", { name: "Chase anyway" }).count()).toBe(0);
    await page.close();
  });

  it("opens a reply holding the paragraph from read mode", async () => {
    const { page, pane } = await openSimulator(harness, "no-reply-india");
    await pane.getByRole("button", { name: "Reply with sample paragraph" }).click();
    const body = page.locator("#compose-body");
    await body.waitFor();
    expect(await body.innerText()).toContain("I hope this message finds you well.");
    await page.close();
  });

  it("lists the open thread's messages in the pane, and follows the rep to another thread", async () => {
    const { page, pane } = await openSimulator(harness, "cash-flow-mexico");
    await pane.getByText("Javier Morales").first().waitFor();
    await page.locator('[data-thread-id="competitor-germany"]').click();
    await pane.getByText("Klaus Becker").first().waitFor();
    await page.close();
  });

  it("opens on its own against the simulator host, on the thread asked for", async () => {
    const page = await harness.browser.newPage();
    await page.goto(
      `${harness.url}taskpane.html?host=simulator&thread=promise-china&now=2026-11-28`
    );
    await page.waitForSelector('[data-kindly-ready="true"]');
    expect(await page.getByText("王磊").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("says clearly when the thread asked for does not exist", async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.url}taskpane.html?host=simulator&thread=nope`);
    await page.getByText('No sample thread "nope".').waitFor();
    expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(1);
    await page.close();
  });
});
