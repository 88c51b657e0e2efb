import * as addon from "./addon";
import { gasServices, type GmailEvent } from "./gas";
import names from "./handlers.json";

/*
 * The Apps Script project's entry. webpack bundles this into dist/gmail/Code.js as `var Kindly`
 * and declares each handler below as a global function Apps Script can call by name
 * (webpack.gmail.config.js writes those declarations from handlers.json).
 */

type Handler = (e: GmailEvent) => unknown;

const handlers: Record<string, Handler> = {};
for (const name of names) {
  const handler = (addon as unknown as Record<string, unknown>)[name];
  if (typeof handler !== "function") throw new Error(`Kindly for Gmail has no handler ${name}`);
  handlers[name] = (e) => (handler as (s: unknown, e: GmailEvent) => unknown)(gasServices(), e);
}

export default handlers;
