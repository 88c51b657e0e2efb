/**
 * The function file Outlook loads for Kindly's commands. The send-time check
 * (OnMessageSend) registers here; until then it only tells Office it is ready.
 */
Office.onReady(() => undefined);
