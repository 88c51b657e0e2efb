import type { MailMessage } from "../../../../src/core";

/*
 * What the tests of the thread reader share, and the tests of the readers of a long message
 * (reason, facts, language): the rep, a plain-text mail, a quote, a long packing list, and a
 * count of the work a built-in method does.
 */

/** The rep whose mailbox is read. */
export const me = { address: "amy.zhang@sunrisetex.com" };

/** A plain-text message as a host hands it over. */
export function mail(
  from: string,
  sentAt: string | null,
  body: string,
  extra: Partial<MailMessage> = {}
): MailMessage {
  return {
    from: { name: "", address: from },
    to: [],
    cc: [],
    sentAt,
    subject: "RE: PI 45",
    body,
    format: "text",
    ...extra,
  };
}

/** Text quoted one level deeper, as a plain-text reply quotes it. */
export const quote = (text: string): string => text.replace(/^/gm, "> ");

/** One packing-list line: no word about paying, no date, no amount. */
export const cartonLine = (i: number): string =>
  `Carton ${i}: 24 bath towels, 70x140 cm, 500 gsm, colour ${i % 7}, net 11.2 kg, gross 12.0 kg.`;

/** About `size` characters of packing list, a line per carton from carton 0. */
export function packingList(size: number): string {
  const lines: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    lines.push(cartonLine(i));
    length += lines[i].length + 1;
  }
  return lines.join("\n");
}

/**
 * Runs `fn` with a built-in method wrapped to add up how much each call went over (the
 * characters a string's `replace` scans, the lines an array's `slice` copies): work, counted,
 * not timed.
 */
export function measured<T>(
  proto: object,
  method: string,
  size: (self: unknown, result: unknown) => number,
  fn: () => T
): { result: T; work: number } {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method];
  let work = 0;
  target[method] = function (this: unknown, ...args: unknown[]) {
    const result = Reflect.apply(original, this, args);
    work += size(this, result);
    return result;
  };
  try {
    const result = fn();
    return { result, work };
  } finally {
    target[method] = original;
  }
}
