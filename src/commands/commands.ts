import { checkSend } from "./send-check";

/**
 * The commands bundle: Kindly's Smart Alerts handler for OnMessageSend (manifest.xml's
 * LaunchEvent). Outlook on the web, on Mac and new Outlook load it through commands.html;
 * classic Outlook on Windows loads this file alone, by its fixed name, in a JavaScript-only
 * runtime where Office.onReady does not run before the event. So the handler is associated
 * when the file is evaluated, not in onReady.
 */
function onMessageSendHandler(event: Office.MailboxEvent): void {
  void checkSend(Office, event);
}

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
Office.onReady(() => undefined);
