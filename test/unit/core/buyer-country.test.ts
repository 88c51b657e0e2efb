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

  it("is kept where the choice that decides is, so the rep's next choice replaces it", () => {
    const t = thread(from("omar@alwaha-trading.ae"));
    const both = { "alwaha-trading.ae": "SA", "omar@alwaha-trading.ae": "OM" };
    expect(buyerCountryChoice(t, both).key).toBe("omar@alwaha-trading.ae");
    expect(buyerCountryChoice(t, { "alwaha-trading.ae": "SA" }).key).toBe("alwaha-trading.ae");
  });

  it.each(["yahoo.co.id", "hotmail.it", "netvigator.com", "hanmail.net", "bigpond.com"])(
    "keys a buyer at %s by address: a free mail domain is no company",
    (domain) => {
      expect(buyerCountryChoice(thread(from(`budi@${domain}`))).key).toBe(`budi@${domain}`);
    }
  );

  it("keys a webmail buyer's setting by address: gmail.com is no one's company", () => {
    const t = thread(from("lily.chen@gmail.com"));
    expect(buyerCountryChoice(t)).toEqual({
      key: "lily.chen@gmail.com",
      chosen: null,
      guessed: null,
    });
    expect(buyerCountry(t, { "gmail.com": "HK" })).toBe("HK"); // a domain setting still applies if made
  });

  it("is none for a ccTLD used as a generic domain, but not under its national second level", () => {
    expect(buyerCountry(thread(from("sales@acme.io")))).toBeNull();
    expect(buyerCountry(thread(from("juan@empresa.co")))).toBeNull();
    expect(buyerCountry(thread(from("juan@empresa.com.co")))).toBe("CO");
    expect(buyerCountry(thread(from("omar@alnoor.com.ly")))).toBe("LY");
    expect(buyerCountry(thread(from("omar@alnoor.ly")))).toBeNull();
  });

  it("is none for a thread without a buyer", () => {
    expect(buyerCountryChoice(thread())).toEqual({ key: null, chosen: null, guessed: null });
    expect(buyerCountry(thread(from("amy@sunrisetex.com", { side: "ours" })))).toBeNull();
  });

  describe("of a buyer who never wrote back", () => {
    const chase = (to: string[], cc: string[] = [], sender = "amy@sunrisetex.com") =>
      from(sender, {
        side: "ours",
        kind: "chase",
        to: to.map((address) => ({ name: "", address })),
        cc: cc.map((address) => ({ name: "", address })),
      });

    it("comes from the people our chases went to, a To before a Cc", () => {
      const t = thread(chase(["Klaus@Mueller-Handel.DE"], ["ops@mueller-handel.at"]));
      expect(buyerCountryChoice(t)).toEqual({
        key: "mueller-handel.de",
        chosen: null,
        guessed: "DE",
      });
      expect(buyerCountry(t, { "mueller-handel.de": "AT" })).toBe("AT");
      expect(buyerCountry(thread(chase([], ["ahmed@alwaha.com.sa"])))).toBe("SA");
    });

    it("skips our own addresses and colleagues among the recipients", () => {
      const t = thread(
        chase(["amy@sunrisetex.com", "boss@sunrisetex.com"]),
        chase(["ben@gmail.com", "klaus@mueller-handel.de"], [], "ben@gmail.com")
      );
      expect(buyerCountry(t)).toBe("DE");
    });

    it("is not the mail system that reported a failed delivery", () => {
      const bounce = from("mailer-daemon@googlemail.de", { kind: "other" });
      expect(buyerCountry(thread(chase(["klaus@mueller-handel.at"]), bounce))).toBe("AT");
    });

    it("prefers the buyer's own messages to our recipients", () => {
      const t = thread(chase(["klaus@mueller-handel.de"]), from("lucia@importadora.es"));
      expect(buyerCountry(t)).toBe("ES");
    });
  });
});
