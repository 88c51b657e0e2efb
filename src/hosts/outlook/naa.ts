import {
  createNestablePublicClientApplication,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { GraphAuth, GraphConfig } from "../graph/conversation";

/*
 * Microsoft Graph tokens inside Outlook through nested app authentication: MSAL's nestable
 * public client asks Outlook, which already holds the rep's sign-in, so no page of Kindly's
 * handles a password. Loaded only when a client ID is set and Outlook supports NestedAppAuth.
 */

/**
 * One client per app and cloud for the pane's life: each thread the rep opens reads Graph, and
 * a client made afresh would start over (its handshake with Outlook, its token cache). One
 * that could not be made is not kept, so the next read tries again.
 */
const clients = new Map<string, Promise<IPublicClientApplication>>();

function clientFor(config: GraphConfig): Promise<IPublicClientApplication> {
  const authority = `${config.loginUrl}/common`;
  const key = `${config.clientId} ${authority}`;
  let client = clients.get(key);
  if (!client) {
    client = createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority },
    });
    clients.set(key, client);
    client.catch(() => clients.delete(key));
  }
  return client;
}

/** A token source for Mail.Read in the configured cloud. */
export async function naaAuth(config: GraphConfig): Promise<GraphAuth> {
  const client = await clientFor(config);
  const scopes = [`${config.baseUrl}/Mail.Read`];
  return {
    async token(interactive = false) {
      if (!interactive) return (await client.acquireTokenSilent({ scopes })).accessToken;
      // Asked for by the rep ("Sign in"): Outlook shows its sign-in or consent window.
      return (await client.acquireTokenPopup({ scopes })).accessToken;
    },
  };
}
