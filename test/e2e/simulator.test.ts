import fs from "node:fs";
import path from "node:path";
import type { Frame, Page } from "playwright-core";
import {
  eventually,
  NOW,
  openSimulator,
  paneFrame,
  ROOT,
  startHarness,
  type Harness,
} from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Fills the rep's name, company and any other asked-for details, replies, and gives the draft's body. */
async function replyWithReminder(page: Page, pane: Frame, details: [string, string][]) {
  const reply = pane.getByRole("button", { name: "Reply with this reminder" });
  await reply.waitFor();
  for (const [label, v] of [
    ["Your name", "Lin Wei"],
    ["Your company", "Sunrise Textiles"],
    ...details,
  ]) {
    const input = pane.getByLabel(label, { exact: true });
    if ((await input.count()) > 0) await input.fill(v);
  }
  await eventually(() => reply.isEnabled(), true, 5);
  await reply.click();
  const body = page.locator("#compose-body");
  await body.waitFor();
  return body;
}

describe("the simulator with the real pane", () => {
  // One thread per delay reason (and the buyer who never answers): the reason the pane
  // reads, the buyer language it writes in, and a lever whose date the rep fills in.
  const CASES = [
    ["middleman-dubai", "Waiting for his own customer", "en", "production"],
    ["cash-flow-mexico", "Short of cash for now", "es", "price"],
    ["exchange-rate-brazil", "Waiting for a better exchange rate", "pt", "price"],
    ["competitor-germany", "Weighing another supplier", "de", "production"],
    ["away-france", "Away: holiday or travel", "fr", "effort"],
    ["no-reply-india", "No reason given", "en", "production"],
  ] as const;
  const LEVER = {
    production: ["The production slot closes", "Production slot closes on", "2026-12-15"],
    price: ["The price holds until a date", "Price valid until", "2026-12-31"],
    effort: ["What you did for this buyer", null, null],
  } as const;

  it.each(CASES)(
    "%s: reads the reason, writes in the buyer's language, keeps the rep's words",
    async (thread, reason, lang, lever) => {
      const { page, pane } = await openSimulator(harness, thread);
      await pane.getByRole("combobox", { name: "Reason" }).waitFor();
      expect(
        await pane.getByRole("combobox", { name: "Reason" }).locator("option:checked").innerText()
      ).toContain(reason);
      await page.getByRole("button", { name: "Reply", exact: true }).click();
      const body = page.locator("#compose-body");
      await body.click({ position: { x: 20, y: 15 } });
      await page.keyboard.type("Thank you for your message.");
      await pane.waitForSelector('[data-kindly-ready="true"]');
      const insert = pane.getByRole("button", { name: "Insert reminder" });
      await insert.waitFor();
      expect(await pane.getByRole("combobox", { name: "Buyer's language" }).inputValue()).toBe(
        lang
      );
      const [box, field, value] = LEVER[lever];
      await pane.getByRole("checkbox", { name: box }).check();
      // Whatever the thread does not say, the rep is asked for.
      for (const [label, v] of [
        ["Your name", "Lin Wei"],
        ["Your company", "Sunrise Textiles"],
        ["Buyer's name", "Sir or Madam"],
        ["Order reference", "PI SR-2611-045"],
        ...(field ? [[field, value]] : []),
      ] as const) {
        const input = pane.getByLabel(label, { exact: true });
        if ((await input.count()) > 0) await input.fill(v);
      }
      await eventually(() => insert.isEnabled(), true, 5);
      const preview = pane.locator(`section[aria-label="Preview"] > div[lang="${lang}"]`);
      const previewText = (await preview.innerText()).trim();
      expect(previewText).not.toContain("…");
      await insert.click();
      await pane.getByText("Inserted into your message and noted as a chase.").waitFor();
      const text = await body.innerText();
      expect(text).toContain("Thank you for your message.");
      // The reminder's paragraphs, in order, after what the rep typed.
      const paragraphs = previewText.split(/\n+/).filter((l) => l.trim() !== "");
      let at = text.indexOf("Thank you for your message.");
      for (const line of paragraphs) {
        const next = text.indexOf(line.trim(), at);
        expect(next).toBeGreaterThan(at);
        at = next;
      }
      expect(await body.locator(`[lang="${lang}"]`).count()).toBe(1);
      if (thread === "middleman-dubai") {
        // The README's picture: the pane from its top (status, reason), the reply beside it.
        await pane.evaluate(() => window.scrollTo(0, 0));
        await body.evaluate((el) => el.scrollIntoView({ block: "start" }));
        fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
        await page.screenshot({ path: path.join(ROOT, "docs/screenshot.png") });
      }
      await page.close();
    }
  );

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

  it("opens a reply holding the reminder from read mode", async () => {
    const { page, pane } = await openSimulator(harness, "promise-china");
    const body = await replyWithReminder(page, pane, []);
    // The reminder in Chinese above the quoted thread, which is kept.
    const reminder = body.locator('[lang="zh-Hans"]');
    expect(await reminder.innerText()).toContain("HT-2611-008");
    expect(await body.locator(".quoted").innerText()).toContain("定金我们12月3日安排支付");
    await page.close();
  });

  it("lists the open thread's messages in the pane, and follows the rep to another thread", async () => {
    const { page, pane } = await openSimulator(harness, "cash-flow-mexico");
    const reason = pane.getByRole("combobox", { name: "Reason" });
    await page.locator('[data-thread-id="competitor-germany"]').click();
    await eventually(() => reason.inputValue(), "competitor");
    // Four messages: the thread starts folded under its heading, its cards not even rendered.
    const messages = pane.locator("details li");
    expect(await messages.count()).toBe(0);
    await pane.getByText("Thread · 4 messages").click();
    await messages.filter({ hasText: "Klaus Becker" }).first().waitFor();
    expect(await messages.count()).toBe(4);
    await page.close();
  });

  it("follows the rep to a thread opened while it is still reading, and replies to that buyer", async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Omar's holiday file (the UAE's) is held back: the pane is still reading his thread,
    // deterministically, when the rep opens Klaus Becker's.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const held = new Promise<void>((resolve) => (asked = resolve));
    await page.route(/holidays-AE-json/, async (route) => {
      asked();
      await released;
      await route.continue();
    });
    await page.goto(`${harness.url}index.html?now=${NOW}&thread=middleman-dubai`);
    await held;
    const pane = await paneFrame(page);
    expect(await pane.locator('[data-kindly-ready="true"]').count()).toBe(0);
    await page.locator('[data-thread-id="competitor-germany"]').click();
    release();
    // The pane shows Klaus's thread, the one open, and writes to him.
    await eventually(
      () => pane.getByRole("combobox", { name: "Reason" }).inputValue(),
      "competitor"
    );
    await pane.getByRole("button", { name: "Reply with this reminder" }).waitFor();
    expect(await pane.locator("main").innerText()).not.toContain("Omar");
    const body = await replyWithReminder(page, pane, [["Order reference", "AB 2026-0931"]]);
    const draft = await page.evaluate(() => {
      const sim = (
        window as unknown as {
          kindlySimulator: { currentDraft: { threadId: string; to: Array<{ address: string }> } };
        }
      ).kindlySimulator;
      return { thread: sim.currentDraft.threadId, to: sim.currentDraft.to.map((a) => a.address) };
    });
    expect(draft).toEqual({ thread: "competitor-germany", to: ["k.becker@becker-hw.de"] });
    const reminder = await body.locator('[lang="de"]').innerText();
    expect(reminder).toMatch(/^Guten Tag Klaus Becker,/);
    expect(reminder).not.toMatch(/Omar|SR-2611-045/);
    expect(errors).toEqual([]);
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
