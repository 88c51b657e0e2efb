/**
 * The order of the pane's analysis: the buyer's calendar (a request to the add-in's server)
 * is asked for before the thread's reason is read, so the two overlap, and the reason is read
 * once.
 */
import { itemToMessage } from "../../../src/hosts/mailhost";
import { snapshotSettings } from "../../../src/hosts/settings-snapshot";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { runAnalysis } from "../../../src/taskpane/analysis-job";

const steps: string[] = [];

jest.mock("../../../src/core/reasons/thread-reason", () => {
  const real = jest.requireActual("../../../src/core/reasons/thread-reason");
  return {
    ...real,
    threadReason: (...args: Parameters<typeof real.threadReason>) => {
      steps.push("reason");
      return real.threadReason(...args);
    },
  };
});

/** Lets the calendar asked for arrive: until then, it is on its way. */
let arrive = (): void => undefined;

jest.mock("../../../src/taskpane/holidays", () => {
  const real = jest.requireActual("../../../src/taskpane/holidays");
  return {
    ...real,
    loadCalendar: (country: string | null) => {
      steps.push(`calendar ${country} asked`);
      return new Promise((resolve) => {
        arrive = () => {
          steps.push("calendar there");
          resolve(real.loadCalendar(country));
        };
      });
    },
  };
});

it("reads the thread's reason while the buyer's calendar is on its way, and reads it once", async () => {
  const now = new Date("2026-11-26T09:30:00Z");
  const mailbox = new SimMailbox(now);
  mailbox.select("middleman-dubai");
  const host = new SimulatorHost(mailbox);
  const item = mailbox.openItem();
  const running = runAnalysis({
    messages: [itemToMessage(item)],
    whole: false,
    conversationId: item.conversationId,
    user: host.user(),
    settings: snapshotSettings(host.settings),
    tz: "UTC",
    now: now.getTime(),
  });
  await new Promise((next) => setTimeout(next, 0));
  expect(steps).toEqual(["calendar AE asked", "reason"]);
  arrive();
  const result = await running;
  expect(steps).toEqual(["calendar AE asked", "reason", "calendar there"]);
  expect(result.analysis.reason.label).toBe("middleman");
  expect(result.analysis.buyer.country).toBe("AE");
});
