import { createNestablePublicClientApplication } from "@azure/msal-browser";
import type { GraphAuth, GraphConfig } from "../graph/conversation";

/*
 * Microsoft Graph tokens inside Outlook through nested app authentication: MSAL's nestable
 * public client asks Outlook, which already holds the rep's sign-in, so no page of Kindly's
 * handles a password. Loaded only when a client ID is set and Outlook supports NestedAppAuth.
 */

/** A token source for Mail.Read in the configured cloud. */
export async function naaAuth(config: GraphConfig): Promise<GraphAuth> {
  const client = await createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: `${config.loginUrl}/common` },
  });
  const scopes = [`${config.baseUrl}/Mail.Read`];
  return {
    async token(interactive = false) {
      if (!interactive) return (await client.acquireTokenSilent({ scopes })).accessToken;
      // Asked for by the rep ("Sign in"): Outlook shows its sign-in or consent window.
      return (await client.acquireTokenPopup({ scopes })).accessToken;
    },
  };
}
