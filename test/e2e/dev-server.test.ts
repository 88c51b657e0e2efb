import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, startHarness, type Harness } from "./harness";

/** `npm start` as a newcomer runs it: the dev server, then the simulator with the pane working in it. */
let harness: Harness;
let server: ChildProcess | undefined;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await harness?.close();
});

function startDevServer(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn("npm", ["start", "--", "--port", String(port)], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env },
    });
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`npm start did not come up:\n${output}`)),
      90_000
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const banner = output.match(/Kindly simulator: (https?:\/\/localhost:\d+\/)/);
      if (banner && /compiled successfully/.test(output)) {
        clearTimeout(timer);
        resolve(banner[1]);
      }
      if (/compiled with \d+ error/.test(output)) reject(new Error(output));
    };
    server.stdout?.on("data", read);
    server.stderr?.on("data", read);
    server.once("exit", (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
}

it("npm start serves the simulator, and the pane works in it", async () => {
  const url = await startDevServer(3000 + Math.floor(Math.random() * 1000) + 1000);
  const context = await harness.browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${url}?thread=competitor-germany`);
  const frame = await (await page.waitForSelector('iframe[title="Kindly"]')).contentFrame();
  await frame!.waitForSelector('[data-kindly-ready="true"]');
  await frame!.getByText("Thread · 4 messages").click();
  await frame!.getByText("Klaus Becker").first().waitFor();
  await context.close();
}, 120_000);
