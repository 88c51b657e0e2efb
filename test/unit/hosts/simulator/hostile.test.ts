import { SimMailbox } from "../../../../src/hosts/simulator/mailbox";
import { HOSTILE_THREADS } from "../../../../src/hosts/simulator/hostile";
import { SAMPLE_THREADS } from "../../../../src/hosts/simulator/samples";

const NOW = new Date("2026-11-28T12:00:00Z");

function open(id: string) {
  const box = new SimMailbox(NOW);
  box.select(id);
  return { box, item: box.openItem() };
}

describe("the simulator's hostile threads", () => {
  it("open by id, and are not in the simulator's list", () => {
    const listed = new Set(SAMPLE_THREADS.map((t) => t.id));
    for (const { id } of HOSTILE_THREADS) {
      expect(listed.has(id)).toBe(false);
      expect(open(id).box.thread.id).toBe(id);
    }
    expect(() => new SimMailbox(NOW).select("hostile-nothing")).toThrow(
      'No sample thread "hostile-nothing"'
    );
  });

  it("carry script in HTML bodies, the sender's name and the subject, raw", () => {
    const { box, item } = open("hostile-script");
    expect(item.bodyHtml).toContain("<script>window.__pwned=1</script>");
    expect(item.bodyHtml).toContain(`<img src=x onerror="window.__pwned=1">`);
    expect(item.bodyHtml).toContain(`<a href="javascript:window.__pwned=1">`);
    expect(item.from?.name).toContain("onerror=");
    expect(item.subject).toContain("<script>");
    // The history under it is quoted as Outlook does, its markup kept as the sender wrote it.
    expect(item.bodyText).toContain("From: Amy Zhang <amy.zhang@sunrisetex.com>");
    expect(box.thread.messages).toHaveLength(3);
  });

  it("has a plain-text thread whose script is only characters", () => {
    const { item } = open("hostile-text");
    expect(item.bodyHtml).toBe("");
    expect(item.bodyText).toContain("<script>window.__pwned=1</script>");
    expect(item.from?.address).toContain('onmouseover="');
  });

  it("has a body of about 5 MB, built only when the thread is opened", () => {
    const huge = HOSTILE_THREADS.find((t) => t.id === "hostile-huge")!;
    const descriptor = Object.getOwnPropertyDescriptor(huge, "messages");
    expect(descriptor?.get).toBeDefined();
    const { item } = open("hostile-huge");
    expect(item.bodyHtml.length).toBeGreaterThan(5_000_000);
    expect(item.bodyHtml.length).toBeLessThan(6_000_000);
    expect(item.bodyHtml).toContain("W".repeat(200_000));
  });

  it("has dates that are missing or cannot be, in headers and in the quoted history", () => {
    const { box, item } = open("hostile-dates");
    expect(item.headers?.date).toBe("Mon, 30 Feb 99999 25:61:00 +0000");
    expect(item.bodyText).toContain("Sent: Monday, February 30, 99999 25:61 PM");
    // The message it quotes quotes one whose header block has no date at all.
    const third = box.thread.messages[2].body.text;
    expect(third).toMatch(/\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>\nTo: /);
    // Outlook still dates every item it holds: the sent time itself is a real instant.
    expect(Number.isNaN(Date.parse(item.sentAt!))).toBe(false);
  });

  it("has broken HTML, right-to-left and CJK text with bidi controls", () => {
    expect(open("hostile-broken").item.bodyHtml).toContain("<!-- an unclosed comment");
    const { item } = open("hostile-bidi");
    expect(item.from?.name).toContain("\u202E");
    expect(item.from?.name).not.toContain("\u202C");
    expect(item.bodyText).toMatch(/[\u0600-\u06FF]/);
    expect(item.bodyText).toMatch(/[\u0590-\u05FF]/);
    expect(item.bodyText).toContain("字".repeat(3_000));
  });

  it("replies to a hostile thread like any other, quoting its raw HTML", () => {
    const box = new SimMailbox(NOW);
    box.select("hostile-script");
    box.reply();
    expect(box.openItem().bodyHtml).toContain("<script>window.__pwned=1</script>");
  });
});
