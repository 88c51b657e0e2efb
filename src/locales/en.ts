/** The pane's own words, in English. Other UI languages have the same keys. */
export const en = {
  appName: "Kindly",
  tagline: "Calm, courteous payment reminders",
  loading: "Reading the thread…",
  errorTitle: "Kindly ran into a problem",
  retry: "Try again",
  threadHeading: "Thread",
  messageCount: "{count} messages",
  sideOurs: "Us",
  sideBuyer: "Buyer",
  noDate: "no date",
  unknownSender: "(no sender)",
  insertSample: "Insert sample paragraph",
  replyWithSample: "Reply with sample paragraph",
  inserted: "Inserted into your message.",
  replyOpened: "A reply with the paragraph is open.",
  samplePreview: "Sample paragraph",
};

export type Strings = typeof en;
