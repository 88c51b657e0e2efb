import {
  baseSubject,
  conversationSubject,
  subjectKey as normalizeSubject,
} from "../../../../src/core/thread/subject";

describe("subjectKey", () => {
  it.each([
    ["RE: PI SR-2611-045 deposit", "pi sr-2611-045 deposit"],
    ["Re: RE: Fwd: PI SR-2611-045 deposit", "pi sr-2611-045 deposit"],
    ["AW: AW: Deposit for PO 4471", "deposit for po 4471"],
    ["WG: Deposit for PO 4471", "deposit for po 4471"],
    ["RV: Depósito PI 77", "depósito pi 77"],
    ["TR : Acompte PI 77", "acompte pi 77"],
    ["SV: Deposit", "deposit"],
    ["Antw: Aanbetaling PI 9", "aanbetaling pi 9"],
    ["FW: Re[2]: PI 45", "pi 45"],
    ["回复：PI SR-2611-051 定金", "pi sr-2611-051 定金"],
    ["答复: 转发: PI SR-2611-051 定金", "pi sr-2611-051 定金"],
    ["Ответ: Invoice SR-2610-098 balance", "invoice sr-2610-098 balance"],
    ["رد: دفعة مقدمة PI 12", "دفعة مقدمة pi 12"],
    ["[EXTERNAL] RE: [SPAM?]  PI   45", "pi 45"],
    ["【外部邮件】回复：PI 45", "pi 45"],
    ["  pi 45  ", "pi 45"],
    // An automatic reply is of the conversation it answers (the CLI's threads, Gmail's views).
    ["RE: Automatic reply: PI 45 deposit", "pi 45 deposit"],
  ])("%s → %s", (subject, expected) => {
    expect(normalizeSubject(subject)).toBe(expected);
  });

  it("keeps words that only look like prefixes, and tags that are not at the front", () => {
    expect(normalizeSubject("Return of samples")).toBe("return of samples");
    expect(normalizeSubject("Trade terms: PI 45")).toBe("trade terms: pi 45");
    expect(normalizeSubject("PI 45 [revised]")).toBe("pi 45 [revised]");
  });

  it("keeps different orders apart", () => {
    expect(normalizeSubject("RE: PI 45")).not.toBe(normalizeSubject("RE: PI 46"));
  });
});

describe("baseSubject", () => {
  it("drops prefixes and tags but keeps the writer's case", () => {
    expect(baseSubject("AW: AW: Deposit for PO 4471")).toBe("Deposit for PO 4471");
    expect(baseSubject("回复：合同 HT-2611-008 浴巾订单 定金")).toBe(
      "合同 HT-2611-008 浴巾订单 定金"
    );
  });
});

describe("conversationSubject", () => {
  it.each([
    ["Automatic reply: RE: PI 45 deposit", "PI 45 deposit"],
    ["RE: Out of Office: PI 45 deposit", "PI 45 deposit"],
    ["自动回复：回复：PI 45 定金", "PI 45 定金"],
    ["Réponse automatique : PI 45", "PI 45"],
    ["Out of office", "Out of office"],
    ["Automatic reply", "Automatic reply"],
    ["RE: PI 45 deposit", "PI 45 deposit"],
  ])("%j → %j", (subject, name) => {
    expect(conversationSubject(subject)).toBe(name);
  });
});
