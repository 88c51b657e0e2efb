import { CUSTOM_PROPERTIES_ID } from "../graph/graph-source";
import type { Address } from "../../core/thread/model";
import type { SimThread } from "./mailbox";

/*
 * A simulated thread as Microsoft Graph would list it (GET /me/messages filtered by
 * conversationId): what a Graph-shaped test endpoint serves to the simulator's pane.
 */

const recipient = (a: Address) => ({ emailAddress: { name: a.name, address: a.address } });

/** The thread's messages in Graph's JSON shape, with their own words as uniqueBody. */
export function graphShaped(thread: SimThread): Record<string, unknown>[] {
  return thread.messages.map((m) => ({
    id: `graph-${m.id}`,
    conversationId: thread.id,
    subject: m.subject,
    from: recipient(m.from),
    toRecipients: m.to.map(recipient),
    ccRecipients: [],
    sentDateTime: m.sentAt.toISOString(),
    receivedDateTime: m.sentAt.toISOString(),
    uniqueBody: { contentType: "text", content: m.text },
    internetMessageHeaders: Object.entries(m.headers ?? {}).map(([name, value]) => ({
      name,
      value,
    })),
    categories: m.categories,
    isDraft: false,
    singleValueExtendedProperties: Object.keys(m.properties).length
      ? [{ id: CUSTOM_PROPERTIES_ID, value: JSON.stringify(m.properties) }]
      : [],
  }));
}
