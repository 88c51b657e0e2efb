import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { SAMPLE_THREADS } from "../../src/hosts/simulator/samples";
import { startFakeGraph, type FakeGraph } from "./fake-graph";
import { NOW, startHarness, transitionsDone, type Harness } from "./harness";

// The pane reading the whole conversation through a Graph-shaped endpoint on loopback (the
// simulator plays an Outlook signed in to it), against the same pane reading only the open
// item's quoted history. The out-of-office sample's open item quotes nothing; Graph has the
// rep's chases.

let harness: Harness;
let graph: FakeGraph;
beforeAll(async () => {
  harness = await startHarness();
  graph = await startFakeGraph(NOW);
});
afterAll(async () => {
  await graph?.close();
  await harness?.close();
});

const THREAD = "ooo-spain";
const MESSAGES = SAMPLE_THREADS.find((s) => s.id === THREAD)!.messages.length;

async function openPane(withGraph: boolean): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  const query = withGraph ? `&graph=${encodeURIComponent(graph.url)}` : "";
  await page.goto(`${harness.url}taskpane.html?host=simulator&now=${NOW}&thread=${THREAD}${query}`);
  await page.waitForSelector('[data-kindly-ready="true"]');
  return page;
}

const heading = (page: Page) => page.locator("#kindly-thread-heading").innerText();
const status = (page: Page) => page.getAttribute("[data-status]", "data-status");
const chases = async (page: Page) => {
  // The timeline, opened (a long thread starts folded).
  await page
    .locator("details")
    .first()
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await page.locator("details ol").first().waitFor();
  return page.locator('li[data-side="ours"]').count();
};

describe("the whole conversation through Microsoft Graph", () => {
  it("shows the chases the open item's quotes do not hold, and says where it read them", async () => {
    const quoted = await openPane(false);
    expect(await quoted.getAttribute("[data-kindly-source]", "data-kindly-source")).toBe(
      "quoted-not-configured"
    );
    const quotedChases = await chases(quoted);
    expect(await status(quoted)).toBe("ok");
    await quoted.context().close();

    graph.requests.length = 0;
    const whole = await openPane(true);
    expect(await whole.getAttribute("[data-kindly-source]", "data-kindly-source")).toBe("graph");
    expect(await heading(whole)).toContain(`${MESSAGES} messages`);
    expect(await chases(whole)).toBeGreaterThan(quotedChases);
    expect(await status(whole)).toBe("hold");
    // Every page asked for, with the simulator's token and the conversation's id.
    expect(graph.requests.length).toBe(Math.ceil(MESSAGES / 2));
    expect(graph.requests.every((r) => r.authorization === "Bearer simulator-token")).toBe(true);
    expect(decodeURIComponent(graph.requests[0].path)).toContain(`conversationId eq '${THREAD}'`);
    await whole.context().close();
  });

  it("asks the rep to sign in when Graph refuses (401), and meanwhile reads the quotes", async () => {
    graph.failWith = 401;
    try {
      const page = await openPane(true);
      const notice = page.locator('[data-kindly-source="quoted-consent"]');
      await notice.waitFor();
      expect(await notice.innerText()).toContain(
        "Sign in to let Kindly read the whole conversation"
      );
      expect(await page.getByRole("button", { name: "Sign in" }).count()).toBe(1);
      expect(await status(page)).toBe("ok");
      await transitionsDone(page);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);

      // Signed in (the endpoint answers again): "Sign in" reads the whole conversation.
      graph.failWith = null;
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.locator('[data-kindly-source="graph"]').waitFor();
      expect(await status(page)).toBe("hold");
      await page.context().close();
    } finally {
      graph.failWith = null;
    }
  });

  it("says Graph could not be reached when the endpoint is down, and still decides", async () => {
    const down = await startFakeGraph(NOW);
    await down.close();
    const context = await harness.browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    await page.goto(
      `${harness.url}taskpane.html?host=simulator&now=${NOW}&thread=${THREAD}&graph=${encodeURIComponent(down.url)}`
    );
    await page.waitForSelector('[data-kindly-ready="true"]');
    expect(await page.getAttribute("[data-kindly-source]", "data-kindly-source")).toBe(
      "quoted-offline"
    );
    expect(await status(page)).toBe("ok");
    await context.close();
  });
});
