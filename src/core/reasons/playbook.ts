import type { UiLanguage } from "../policy/explain";
import type { DelayReason } from "./types";

/** What the pane shows for a reason: its name, what works, and what to check on the rep's own side. */
export interface Playbook {
  /** One line naming the reason ("Waiting for his own customer"). */
  label: string;
  /** The advice of PRODUCT.md §4, a few short sentences. */
  advice: string[];
  /** Shown once the buyer has explained (any reason but "unknown"): is everything on our side in order? */
  checkOwnSide: string[];
}

interface Words {
  label: string;
  advice: string[];
}

// PRODUCT.md §4 in the pane's languages. The rep is a professional: say what
// works, briefly, and why where it is not obvious.
const PLAYBOOK: Record<UiLanguage, Record<DelayReason, Words>> = {
  en: {
    middleman: {
      label: "Waiting for his own customer",
      advice: [
        "The most common cause of delay, and it is out of his hands: he pays when his customer pays him.",
        "Be patient. Check in gently, and not often.",
        "If the order is finally dropped, accept it calmly: he does not hold the decision.",
      ],
    },
    cash_flow: {
      label: "Short of cash for now",
      advice: [
        "Be patient and sincerely understanding.",
        "Encourage him as a friend would, and tell him you believe in working together.",
        "Buyers in this situation usually do pay.",
      ],
    },
    exchange_rate: {
      label: "Waiting for a better exchange rate",
      advice: [
        "Common on large orders: he is waiting for a better USD/EUR rate before he buys.",
        "Be patient and keep the conversation going.",
      ],
    },
    competitor: {
      label: "Weighing another supplier",
      advice: [
        "The most serious case: talk to your manager now.",
        "Review your price and terms honestly.",
        "Follow up on every front — more often, and by phone; your team can join in.",
        "Lead with your real core advantages.",
      ],
    },
    away: {
      label: "Away: holiday or travel",
      advice: [
        "Nothing to worry about: he will pay when he is back.",
        "Wait for his return date before you write again.",
      ],
    },
    unknown: {
      label: "No reason given",
      advice: [
        "Silence is the hardest case: the more you send, the less he answers.",
        "You have done your part. Give it time to cool off.",
      ],
    },
  },
  "zh-CN": {
    middleman: {
      label: "在等他自己的客户付款",
      advice: [
        "这是最常见的拖款原因，而且不由他决定：他的客户付了款，他才能付给您。",
        "保持耐心。偶尔温和地问候一下即可，不要频繁催促。",
        "如果订单最终取消，也请坦然接受：决定权不在他手里。",
      ],
    },
    cash_flow: {
      label: "资金暂时周转紧张",
      advice: [
        "保持耐心，真诚地表示理解。",
        "像朋友一样鼓励他，告诉他您看好双方的合作。",
        "这种情况下的买家通常最终都会付款。",
      ],
    },
    exchange_rate: {
      label: "在等更好的汇率",
      advice: [
        "大额订单常见：他在等美元或欧元汇率更合适时再购汇付款。",
        "保持耐心，继续保持沟通。",
      ],
    },
    competitor: {
      label: "在考虑其他供应商",
      advice: [
        "这是最严重的情况：请马上与主管沟通。",
        "认真、客观地重新审视您的价格和条款。",
        "全方位跟进：联系更频繁，并打电话沟通；团队也可以一起参与。",
        "突出您真正的核心优势。",
      ],
    },
    away: {
      label: "休假或出差中",
      advice: ["不必担心，他回来后就会付款。", "等到他的返回日期之后再联系。"],
    },
    unknown: {
      label: "未说明原因",
      advice: [
        "不回复是最难处理的情况：发得越多，回得越少。",
        "您已经尽到了自己的责任，先冷一冷，给他一些时间。",
      ],
    },
  },
  "zh-TW": {
    middleman: {
      label: "在等他自己的客戶付款",
      advice: [
        "這是最常見的延遲付款原因，而且不由他決定：他的客戶付了款，他才能付給您。",
        "保持耐心。偶爾溫和地問候一下即可，不要頻繁催促。",
        "如果訂單最後取消，也請坦然接受：決定權不在他手上。",
      ],
    },
    cash_flow: {
      label: "資金暫時周轉吃緊",
      advice: [
        "保持耐心，真誠地表示理解。",
        "像朋友一樣鼓勵他，告訴他您看好雙方的合作。",
        "這種情況下的買家通常最後都會付款。",
      ],
    },
    exchange_rate: {
      label: "在等更好的匯率",
      advice: [
        "大額訂單常見：他在等美元或歐元匯率更合適時再購匯付款。",
        "保持耐心，持續保持溝通。",
      ],
    },
    competitor: {
      label: "在考慮其他供應商",
      advice: [
        "這是最嚴重的情況：請馬上與主管討論。",
        "誠實、客觀地重新檢視您的價格與條件。",
        "全方位跟進：聯繫更頻繁，並打電話溝通；團隊也可以一起參與。",
        "強調您真正的核心優勢。",
      ],
    },
    away: {
      label: "休假或出差中",
      advice: ["不用擔心，他回來後就會付款。", "等到他的返回日期之後再聯繫。"],
    },
    unknown: {
      label: "未說明原因",
      advice: [
        "不回覆是最難處理的情況：寄得越多，回得越少。",
        "您已經盡了自己的本分，先冷靜一下，給他一些時間。",
      ],
    },
  },
};

/** PRODUCT.md §4: once the buyer has explained, the rest is in the rep's hands. */
const CHECK_OWN_SIDE: Record<UiLanguage, string[]> = {
  en: [
    "Is the PI correct: amounts, terms, your bank details?",
    "Has the buyer confirmed your bank details?",
    "Have all the documents been sent?",
  ],
  "zh-CN": [
    "形式发票（PI）是否正确：金额、条款、银行信息？",
    "买家是否已确认您的银行信息？",
    "所有单据是否都已寄出？",
  ],
  "zh-TW": [
    "形式發票（PI）是否正確：金額、條款、銀行資料？",
    "買家是否已確認您的銀行資料？",
    "所有單據是否都已寄出？",
  ],
};

/** The label, advice and own-side checklist for a reason, in a UI language. */
export function playbook(reason: DelayReason, lang: UiLanguage): Playbook {
  const words = PLAYBOOK[lang][reason];
  return {
    label: words.label,
    advice: [...words.advice],
    checkOwnSide: reason === "unknown" ? [] : [...CHECK_OWN_SIDE[lang]],
  };
}
