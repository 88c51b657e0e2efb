/** Order facts found in a buyer thread: references, amounts, confirmation and price validity. */
export type { FactSource, Money, OrderFacts, OrderRef, OrderRefKind } from "./types";
export type { FactOptions } from "./extract";
export type { MoneyMention } from "./amounts";
export type { OrderRefMention } from "./refs";
export { findOrderRefs, findOrderRefMentions } from "./refs";
export { findAmounts, findMoneyMentions } from "./amounts";
export { extractFacts } from "./extract";
