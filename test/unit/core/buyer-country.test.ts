import { buyerCountry, buyerCountryChoice } from "../../../src/core/analyze";
import type { Message, Thread } from "../../../src/core/thread/model";

function from(address: string, extra: Partial<Message> = {}): Message {
  return {
    id: address,
    from: { name: "", address },
    to: [],
    cc: [],
    sentAt: "2026-11-02T08:00:00Z",
    subject: "PI 45",
    text: "",
    side: "buyer",
    kind: "reply",
    autoReply: false,
    returnDate: null,
    promisedDate: null,
    source: "item",
    ...extra,
  };
}
const thread = (...messages: Message[]): Thread => ({ subject: "PI 45", messages });

describe("the buyer's country", () => {
  it("comes from the ccTLD of the buyer's first genuine message", () => {
    const t = thread(
      from("noreply@alwaha-trading.ae", { autoReply: true, kind: "auto-reply" }),
      from("Omar@Alwaha-Trading.AE")
    );
    expect(buyerCountryChoice(t)).toEqual({
      key: "alwaha-trading.ae",
      chosen: null,
      guessed: "AE",
    });
    expect(buyerCountry(t)).toBe("AE");
  });

  it("follows the rep's setting for the domain, or for the address over the domain", () => {
    const t = thread(from("omar@alwaha-trading.ae"));
    expect(buyerCountry(t, { "alwaha-trading.ae": "SA" })).toBe("SA");
    expect(
      buyerCountryChoice(t, { "alwaha-trading.ae": "SA", "omar@alwaha-trading.ae": "OM" })
    ).toMatchObject({ chosen: "OM", guessed: "AE" });
  });

  it("keys a webmail buyer's setting by address: gmail.com is no one's company", () => {
    const t = thread(from("lily.chen@gmail.com"));
    expect(buyerCountryChoice(t)).toEqual({
      key: "lily.chen@gmail.com",
      chosen: null,
      guessed: null,
    });
    expect(buyerCountry(t, { "gmail.com": "HK" })).toBe("HK"); // a domain setting still applies if made
  });

  it("is none for a thread without a buyer", () => {
    expect(buyerCountryChoice(thread())).toEqual({ key: null, chosen: null, guessed: null });
    expect(buyerCountry(thread(from("amy@sunrisetex.com", { side: "ours" })))).toBeNull();
  });
});
