import { checkSend, SEND_CHECK_BUDGET_MS } from "../../../src/commands/send-check";
import { MAX_ALERT_CHARS } from "../../../src/commands/warning";
import { clip } from "../../../src/core/text/clip";
import { ChaseMemory } from "../../../src/core/policy/memory";
import { CHASE_PROPERTY } from "../../../src/hosts/mailhost";
import { MEMORY_KEY } from "../../../src/hosts/memory-store";
import { COUNTRIES_KEY } from "../../../src/hosts/preferences";
import { POLICY_KEY, UI_LANGUAGE_KEY } from "../../../src/hosts/settings";
import { address, composeItem, FakeOffice, sendEvent } from "../../fakes/office";
import type { EmailAddressLike } from "../../../src/hosts/outlook/office-surface";

/*
 * A rep in Shanghai chasing a German buyer's deposit in November 2026 (no German
 * national holiday that month). Drafts are Outlook replies: the rep's new words on
 * top of the quoted history, each earlier message under Outlook's From/Sent/To/Subject.
 */

const TZ = "Asia/Shanghai";
const NOW = new Date("2026-11-18T10:00:00+08:00"); // Wednesday 18 November
const CONVERSATION = "AAQkAD-conv-1";

const AMY = "Amy Zhang <amy.zhang@sunrisetex.com>";
const KLAUS = "Klaus Müller <k.mueller@mueller-textil.de>";

interface Earlier {
  from: string;
  to: string;
  /** As Outlook writes it in the header, in the rep's zone. */
  sent: string;
  subject?: string;
  words: string[];
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** A paragraph per entry; a "\n" in one is a line break (a signature's lines). */
const paragraphs = (words: string[]) =>
  words.map((w) => `<p>${escape(w).replace(/\n/g, "<br>")}</p>`).join("");

/** An Outlook reply body: the new words, then each earlier message (newest first) under its header. */
function replyBody(words: string[], history: Earlier[]): string {
  const quoted = history.map(
    (m) =>
      '<hr style="display:inline-block;width:98%" tabindex="-1">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">' +
      `<b>From:</b> ${escape(m.from)}<br><b>Sent:</b> ${m.sent}<br>` +
      `<b>To:</b> ${escape(m.to)}<br><b>Subject:</b> ${escape(m.subject ?? "RE: PI SR-2611-045 deposit")}` +
      "</font><div>&nbsp;</div></div>" +
      `<div>${paragraphs(m.words)}</div>`
  );
  return `<div>${paragraphs(words)}</div>` + quoted.join("");
}

const CONFIRMED: Earlier = {
  from: KLAUS,
  to: AMY,
  sent: "Thursday, November 5, 2026 4:12 PM",
  words: ["Hi Amy,", "PI SR-2611-045 is signed, please go ahead.", "Klaus"],
};
const CHASE_9: Earlier = {
  from: AMY,
  to: KLAUS,
  sent: "Monday, November 9, 2026 9:30 AM",
  words: [
    "Dear Klaus,",
    "May I kindly check on the 30% deposit for PI SR-2611-045? Could you share the bank slip once it is sent?",
    "Best regards, Amy",
  ],
};
const CHASE_16: Earlier = {
  ...CHASE_9,
  sent: "Monday, November 16, 2026 9:45 AM",
  words: [
    "Dear Klaus,",
    "Just a gentle follow-up on the deposit for PI SR-2611-045. When do you expect to arrange the payment?",
    "Best regards, Amy",
  ],
};
const AWAY_16: Earlier = {
  from: KLAUS,
  to: AMY,
  sent: "Monday, November 16, 2026 9:46 AM",
  subject: "Automatic reply: RE: PI SR-2611-045 deposit",
  words: ["I am out of the office until 25 November 2026 with limited access to email."],
};
const PROMISE_17: Earlier = {
  from: KLAUS,
  to: AMY,
  sent: "Tuesday, November 17, 2026 3:05 PM",
  words: ["Hi Amy,", "We will remit the deposit on 25 November 2026.", "Klaus"],
};
const QUESTION_17: Earlier = {
  from: KLAUS,
  to: AMY,
  sent: "Tuesday, November 17, 2026 3:05 PM",
  words: ["Hi Amy,", "Could you confirm the bank details on the PI once more?", "Klaus"],
};

const CHASE_WORDS = [
  "Dear Klaus,",
  "I hope you are well. May I ask when the deposit for PI SR-2611-045 will be arranged?",
  "Best regards, Amy",
];
const PACKING_WORDS = [
  "Dear Klaus,",
  "Please find the updated packing list attached.",
  "Best regards, Amy",
];

function setup(
  body: string,
  init: {
    language?: string;
    properties?: Record<string, string>;
    memory?: unknown;
    settings?: Record<string, unknown>;
    to?: EmailAddressLike[];
  } = {}
) {
  let office!: FakeOffice;
  const item = composeItem(() => office, { body, properties: init.properties, to: init.to });
  office = new FakeOffice(item, init.language ?? "en-US");
  if (init.memory !== undefined) office.context.roamingSettings.set(MEMORY_KEY, init.memory);
  for (const [key, value] of Object.entries(init.settings ?? {}))
    office.context.roamingSettings.set(key, value);
  const errors: unknown[] = [];
  const event = sendEvent();
  const run = (options: { budgetMs?: number; tz?: string } = {}) =>
    checkSend(office, event, { now: NOW, tz: TZ, onError: (e) => errors.push(e), ...options });
  return { office, item, event, errors, run };
}

/** The memory as the pane would have saved it for this conversation. */
function remembered(init: { override?: string; chases?: string[] }): string {
  const memory = new ChaseMemory();
  if (init.override) memory.recordOverride(CONVERSATION, init.override);
  for (const day of init.chases ?? []) memory.recordChase(CONVERSATION, day);
  return memory.encode();
}

const TOO_SOON = replyBody(CHASE_WORDS, [CHASE_16, CHASE_9, CONFIRMED]);

describe("the send-time check lets the message go", () => {
  it("when the message is not a payment chase, however soon", async () => {
    const { event, errors, run } = setup(replyBody(PACKING_WORDS, [CHASE_16, CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(errors).toEqual([]);
  });

  it("when it is time to chase again", async () => {
    const { event, errors, run } = setup(replyBody(CHASE_WORDS, [CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(errors).toEqual([]);
  });

  it("when the pane inserted this very chase today, and remembered it then", async () => {
    const { event, errors, run } = setup(replyBody(CHASE_WORDS, [CHASE_9, CONFIRMED]), {
      properties: { [CHASE_PROPERTY]: "2026-11-18T02:00:00Z" },
      memory: remembered({ chases: ["2026-11-18"] }),
    });
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(errors).toEqual([]);
  });

  it("when the pane inserted this chase the day before: remembered then, it is not counted twice", async () => {
    const { office, event, run } = setup(replyBody(CHASE_WORDS, [CHASE_9, CONFIRMED]), {
      properties: { [CHASE_PROPERTY]: "2026-11-17T02:00:00Z" }, // 10:00 on the 17th in Shanghai
      memory: remembered({ chases: ["2026-11-17"] }),
    });
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    const chases = ChaseMemory.decode(office.context.roamingSettings.get(MEMORY_KEY)).memory.get(
      CONVERSATION
    ).chases;
    expect(chases).toEqual(["2026-11-17"]);
  });

  it("when the rep's own waits (Settings) say it is time, shorter than Kindly's", async () => {
    const { event, run } = setup(TOO_SOON, { settings: { [POLICY_KEY]: { gaps: [1, 1, 2, 3] } } });
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it("when it goes to colleagues only, however soon and whatever it says of the deposit", async () => {
    const colleague = address("Lee Wang", "lee.wang@sunrisetex.com");
    const { office, event, run } = setup(TOO_SOON, { to: [colleague] });
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    // Nor is it remembered as a chase of the buyer.
    expect(office.context.roamingSettings.get(MEMORY_KEY)).toBeUndefined();
  });

  it("when the buyer wrote last and the rep is answering", async () => {
    const { event, run } = setup(replyBody(CHASE_WORDS, [QUESTION_17, CHASE_16, CHASE_9]));
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it.each(["2026-11-17", "2026-11-18"])(
    "when the rep chose Chase anyway (on %s) and no chase has used it since",
    async (day) => {
      const { event, errors, run } = setup(TOO_SOON, { memory: remembered({ override: day }) });
      await run();
      expect(event.completions).toEqual([{ allowEvent: true }]);
      expect(errors).toEqual([]);
    }
  );
});

describe("the send-time check remembers the chases it lets go", () => {
  const chasesIn = (office: FakeOffice) =>
    ChaseMemory.decode(office.context.roamingSettings.get(MEMORY_KEY)).memory.get(CONVERSATION)
      .chases;

  it("remembers a chase that goes, on the rep's day", async () => {
    const { office, event, run } = setup(replyBody(CHASE_WORDS, [CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(chasesIn(office)).toEqual(["2026-11-18"]);
  });

  it("remembers nothing for a message that is no chase, or a chase it holds", async () => {
    for (const body of [replyBody(PACKING_WORDS, [CHASE_9, CONFIRMED]), TOO_SOON]) {
      const { office, run } = setup(body);
      await run();
      expect(office.context.roamingSettings.get(MEMORY_KEY)).toBeUndefined();
    }
  });

  it("lets the chase go when the memory cannot be saved", async () => {
    const { office, event, errors, run } = setup(replyBody(CHASE_WORDS, [CHASE_9, CONFIRMED]));
    office.failures.set("roamingSettings.saveAsync", "failed");
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(errors).toHaveLength(1);
  });
});

describe("the send-time check holds a chase, and says why", () => {
  it("too soon after two unanswered chases", async () => {
    const { event, errors, run } = setup(TOO_SOON);
    await run();
    expect(errors).toEqual([]);
    expect(event.completions).toEqual([
      {
        allowEvent: false,
        errorMessage:
          "Too soon to chase: wait until Mon 23 Nov. You chased on Mon 9 Nov and Mon 16 Nov with no reply; " +
          "after 2 unanswered chases Kindly waits 5 business days; Germany's weekend and holidays counted.",
      },
    ]);
  });

  it.each(["2026-11-12", "2026-11-16"])(
    "even when Chase anyway was chosen (on %s), if a chase has used it since",
    async (day) => {
      const { event, run } = setup(TOO_SOON, { memory: remembered({ override: day }) });
      await run();
      expect(event.completions).toEqual([expect.objectContaining({ allowEvent: false })]);
    }
  );

  it("counting the chases Kindly remembers that the quoted history left out", async () => {
    const body = replyBody(CHASE_WORDS, [CHASE_9, CONFIRMED]);
    const { event, run } = setup(body, { memory: remembered({ chases: ["2026-11-16"] }) });
    await run();
    expect(event.completions).toEqual([
      expect.objectContaining({
        allowEvent: false,
        errorMessage: expect.stringMatching(
          /^Too soon to chase: wait until Mon 23 Nov\. You chased on Mon 9 Nov and Mon 16 Nov/
        ),
      }),
    ]);
  });

  it("in the business days of the country the rep set for the buyer", async () => {
    const { office, event, run } = setup(TOO_SOON);
    office.context.roamingSettings.set(COUNTRIES_KEY, { "mueller-textil.de": "NP" });
    await run();
    // Nepal rests on Saturday alone: Tue 17 to Fri 20, then Sun 22 Nov.
    expect(event.completions[0].errorMessage).toMatch(
      /^Too soon to chase: wait until Sun 22 Nov\..*Nepal's weekend counted \(Kindly knows no public holidays there\)\.$/
    );
  });

  it("when the draft carries Kindly's chase tag, whatever its words", async () => {
    const body = replyBody(PACKING_WORDS, [CHASE_16, CHASE_9, CONFIRMED]);
    const { event, run } = setup(body, {
      properties: { [CHASE_PROPERTY]: "2026-11-18T02:00:00Z" },
    });
    await run();
    expect(event.completions).toEqual([expect.objectContaining({ allowEvent: false })]);
  });

  it("on hold after an auto-reply that gives a return date", async () => {
    const { event, run } = setup(replyBody(CHASE_WORDS, [AWAY_16, CHASE_16, CHASE_9, CONFIRMED]));
    await run();
    const [answer] = event.completions;
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/^Better to hold this chase: wait until Fri 27 Nov\. /);
    expect(answer.errorMessage).toContain("they are back on Thu 26 Nov");
  });

  it("on hold while the buyer's promised payment date is ahead", async () => {
    const { event, run } = setup(replyBody(CHASE_WORDS, [PROMISE_17, CHASE_16, CHASE_9]));
    await run();
    const [answer] = event.completions;
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/^Better to hold this chase: wait until Thu 26 Nov\. /);
    expect(answer.errorMessage).toContain("promised payment on Wed 25 Nov");
  });

  it("in Simplified Chinese, whole", async () => {
    const { event, run } = setup(TOO_SOON, { language: "zh-CN" });
    await run();
    expect(event.completions).toEqual([
      {
        allowEvent: false,
        errorMessage:
          "现在催款太早：请等到11月23日（周一）。您于 11月9日（周一）、11月16日（周一） 催过款，买家未回复；" +
          "2 次未获回复的催款后 Kindly 等 5 个工作日；已计入德国的周末和节假日。",
      },
    ]);
  });

  it.each([
    ["zh-CN", "现在催款太早：请等到11月23日（周一）。您于"],
    ["zh-TW", "現在催款太早：請等到11月23日（週一）。您於"],
    ["zh-HK", "現在催款太早：請等到11月23日（週一）。您於"],
  ])("in Outlook's display language (%s)", async (language, start) => {
    const { event, run } = setup(TOO_SOON, { language });
    await run();
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0].errorMessage?.startsWith(start)).toBe(true);
  });

  it("in the UI language the rep chose in Kindly's settings, over Outlook's", async () => {
    const { event, run } = setup(TOO_SOON, { settings: { [UI_LANGUAGE_KEY]: "zh-CN" } });
    await run();
    expect(
      event.completions[0].errorMessage?.startsWith("现在催款太早：请等到11月23日（周一）。")
    ).toBe(true);
  });

  it("after the rep's own longer waits (Settings)", async () => {
    const body = replyBody(CHASE_WORDS, [CHASE_9, CONFIRMED]); // due by Kindly's own waits
    const { event, run } = setup(body, { settings: { [POLICY_KEY]: { gaps: [10, 10, 10, 10] } } });
    await run();
    expect(event.completions[0].errorMessage).toMatch(/^Too soon to chase: wait until /);
  });

  it("within the 500 characters Outlook displays, never cutting a character in half", () => {
    const long = "𝄞".repeat(600);
    const cut = clip(long, MAX_ALERT_CHARS);
    expect(Array.from(cut)).toHaveLength(MAX_ALERT_CHARS);
    expect(cut.endsWith("𝄞…")).toBe(true);
    expect(clip("Too soon.", MAX_ALERT_CHARS)).toBe("Too soon.");
  });
});

describe("the send-time check warns of words that may upset the buyer", () => {
  const HARSH = [
    "Dear Klaus,",
    "You still haven't paid the deposit for PI SR-2611-045. Pay immediately.",
    "Amy",
  ];

  it("holds a chase that is due but harshly worded, with softer wordings", async () => {
    const { event, run } = setup(replyBody(HARSH, [CHASE_9, CONFIRMED]));
    await run();
    const [answer] = event.completions;
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/^Some words may upset the buyer: “.+” \(try: “.+”\)/);
  });

  it("says both when a harsh chase is also too soon", async () => {
    const { event, run } = setup(replyBody(HARSH, [CHASE_16, CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions[0].errorMessage).toMatch(
      /^Too soon to chase: wait until Mon 23 Nov\. .* Some words may upset the buyer: /
    );
  });

  it("leaves harsh words in a message that is no chase to the rep", async () => {
    const words = ["Klaus, the packing list is WRONG AGAIN!!", "Amy"];
    const { event, run } = setup(replyBody(words, [CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it.each([
    [
      "English",
      [
        "Dear Klaus,",
        "May I ask when the deposit for PI SR-2611-045 will be arranged?",
        "Best regards,\nAmy Zhang",
        "DISCLAIMER: This email is confidential. Any unauthorised use or disclosure may result in legal action.",
      ],
    ],
    [
      "Chinese",
      [
        "Klaus您好，",
        "请问PI SR-2611-045的定金什么时候可以安排？",
        "谢谢！\n张艾米",
        "免责声明：本邮件含有保密信息，任何未经授权的使用均被禁止，我司将依法追究法律责任。",
      ],
    ],
  ])("lets a due chase go past the %s legal disclaimer under the signature", async (_, words) => {
    const { event, run } = setup(replyBody(words, [CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it("still holds a threat the rep wrote above the sign-off and disclaimer", async () => {
    const words = [
      "Dear Klaus,",
      "Pay the deposit for PI SR-2611-045 this week or we will take legal action.",
      "Best regards,\nAmy Zhang",
      "DISCLAIMER: This email is confidential.",
    ];
    const { event, run } = setup(replyBody(words, [CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions[0].errorMessage).toMatch(/“we will take legal action”/);
  });

  it.each([
    [
      "English",
      "The spare parts were not the intended model; we replaced them free of charge. Please pay the deposit for PI SR-2611-045: if it is not in our account by Friday we will take legal action.",
      /legal action/,
    ],
    [
      "Chinese",
      "误发的配件已补寄，但PI SR-2611-045的定金仍未支付，如周五前仍不付款，我司将起诉贵司。",
      /起诉/,
    ],
  ])(
    "checks an untagged %s chase whose words name a wrong shipment, no notice",
    async (_, line, threat) => {
      const words = ["Dear Klaus,", line, "Best regards,\nAmy Zhang"];
      const { event, run } = setup(replyBody(words, [CHASE_9, CONFIRMED]));
      await run();
      expect(event.completions[0].errorMessage).toMatch(threat);
    }
  );

  it("holds a threat in a P.S. under the signature", async () => {
    const words = [
      "Dear Klaus,",
      "May I ask when the deposit for PI SR-2611-045 will be arranged?",
      "Best regards,\nAmy Zhang",
      "P.S. If the deposit is not in our account by Friday we will take legal action against your company.",
      "DISCLAIMER: This email is confidential.",
    ];
    const { event, run } = setup(replyBody(words, [CHASE_9, CONFIRMED]));
    await run();
    expect(event.completions[0].errorMessage).toMatch(/“we will take legal action/);
  });

  it("holds the rep's threat under a reminder the pane inserted above it, sign-off and all", async () => {
    const words = [
      "Dear Klaus,",
      "Could you kindly let me know the expected date of the remittance?",
      "Best regards,\nAmy Zhang\nSunrise Textiles",
      "Klaus, this is the third reminder. If the deposit is not in our account by Friday we will take legal action.",
    ];
    const { event, run } = setup(replyBody(words, [CHASE_9, CONFIRMED]), {
      properties: { [CHASE_PROPERTY]: "2026-11-18T02:00:00Z" },
      memory: remembered({ chases: ["2026-11-18"] }),
    });
    await run();
    expect(event.completions[0].errorMessage).toMatch(/“we will take legal action/);
  });

  it("in Outlook's display language", async () => {
    const { event, run } = setup(replyBody(HARSH, [CHASE_9, CONFIRMED]), { language: "zh-TW" });
    await run();
    expect(event.completions[0].errorMessage).toMatch(/^有些措辭可能讓買家不快：「/);
  });
});

describe("the send-time check never stands in the way when something fails", () => {
  it.each(["failed", "throw"] as const)(
    "lets the message go when reading the body %s",
    async (failure) => {
      const { office, event, errors, run } = setup(TOO_SOON);
      office.failures.set("body.getAsync", failure);
      await run();
      expect(event.completions).toEqual([{ allowEvent: true }]);
      expect(String(errors[0])).toContain("read the message body");
    }
  );

  it("lets the message go when its memory of Chase anyway cannot be read", async () => {
    const { event, errors, run } = setup(TOO_SOON, { memory: "K1;not a memory" });
    await run();
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(String(errors[0])).toContain("memory");
  });

  it.each([
    ["cut short", "K1;v8p635:1xr"],
    ["saved by a newer Kindly", "K2;abc:1"],
  ])(
    "still checks the tone when the memory is %s, and leaves the memory as it was",
    async (_, memory) => {
      const words = ["Dear Klaus,", "Pay immediately or we will take legal action.", "Amy"];
      const { office, event, errors, run } = setup(replyBody(words, [CHASE_9, CONFIRMED]), {
        memory,
      });
      await run();
      expect(event.completions[0].allowEvent).toBe(false);
      expect(event.completions[0].errorMessage).toMatch(/^Some words may upset the buyer: /);
      expect(String(errors[0])).toContain("memory");
      expect(office.context.roamingSettings.get(MEMORY_KEY)).toBe(memory);
    }
  );

  it("lets the message go when the analysis throws", async () => {
    const { event, errors, run } = setup(TOO_SOON);
    await run({ tz: "Mars/Olympus_Mons" });
    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(errors[0]).toBeInstanceOf(RangeError);
  });

  it("lets the message go when no message is open", async () => {
    const office = new FakeOffice(null);
    const event = sendEvent();
    await checkSend(office, event, { now: NOW, tz: TZ, onError: () => undefined });
    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it("lets the message go when Outlook refuses the warning", async () => {
    let office!: FakeOffice;
    office = new FakeOffice(composeItem(() => office, { body: TOO_SOON }));
    const event = sendEvent({ throwOnComplete: true });
    const errors: unknown[] = [];
    await expect(
      checkSend(office, event, { now: NOW, tz: TZ, onError: (e) => errors.push(e) })
    ).resolves.toBeUndefined();
    expect(event.completions.map((c) => c.allowEvent)).toEqual([false, true]);
    expect(errors).toHaveLength(2);
  });

  it("lets the message go even when telling of the failure fails", async () => {
    let office!: FakeOffice;
    office = new FakeOffice(composeItem(() => office, { body: TOO_SOON }));
    office.failures.set("body.getAsync", "failed");
    const event = sendEvent();
    const onError = () => {
      throw new Error("no console");
    };
    await expect(checkSend(office, event, { now: NOW, tz: TZ, onError })).resolves.toBeUndefined();
    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  describe("with a budget", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("lets the message go the moment the budget runs out while Outlook does not answer", async () => {
      const { office, event, errors, run } = setup(TOO_SOON);
      office.failures.set("body.getAsync", "hang");
      const done = run();
      await jest.advanceTimersByTimeAsync(SEND_CHECK_BUDGET_MS - 1);
      expect(event.completions).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      await done;
      expect(event.completions).toEqual([{ allowEvent: true }]);
      expect(String(errors[0])).toContain(`took over ${SEND_CHECK_BUDGET_MS} ms`);
    });
  });
});
