import { buyerLanguage } from "../../../src/core/analyze";
import type { Message, Thread } from "../../../src/core/thread/model";

function msg(side: "ours" | "buyer", text: string, autoReply = false): Message {
  return {
    id: text,
    from: null,
    to: [],
    cc: [],
    sentAt: null,
    subject: "PI 45",
    text,
    side,
    kind: autoReply ? "auto-reply" : side === "ours" ? "chase" : "reply",
    autoReply,
    returnDate: null,
    promisedDate: null,
    source: "item",
  };
}
const thread = (...messages: Message[]): Thread => ({ subject: "PI 45", messages });

describe("the buyer's language", () => {
  it("is read from the buyer's own words, not ours", () => {
    const t = thread(
      msg("ours", "Dear Javier, could you let me know when the deposit will be sent?"),
      msg(
        "buyer",
        "Hola Amy, este mes estamos cortos de liquidez y el banco aún no nos da el crédito. Le pagamos la próxima semana."
      )
    );
    expect(buyerLanguage(t)).toBe("es");
  });

  it("prefers their replies to an out-of-office message, and uses one when that is all", () => {
    const away = msg(
      "buyer",
      "Je suis en congés jusqu'au 4 décembre avec un accès limité à mes e-mails.",
      true
    );
    expect(buyerLanguage(thread(away))).toBe("fr");
    expect(buyerLanguage(thread(away, msg("buyer", "您好，定金我们下周安排支付。")))).toBe("zh");
  });

  it("is null when nothing the buyer wrote tells", () => {
    expect(
      buyerLanguage(thread(msg("ours", "Dear Omar, a gentle reminder about the deposit.")))
    ).toBeNull();
    expect(buyerLanguage(thread(msg("buyer", "OK")))).toBeNull();
  });
});
