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
  statusOk: "OK to chase",
  statusTooSoon: "Too soon: wait until {date} ({days})",
  statusHold: "Hold until {date} ({days})",
  statusRespond: "Reply to the buyer: they wrote last",
  businessDay: "1 business day",
  businessDays: "{n} business days",
  chaseAnyway: "Chase anyway",
  chaseAnywayTitle: "Chase anyway?",
  chaseAnywayText:
    "Kindly advises waiting until {date}. Chasing too often annoys buyers, and some use it to push the price down.",
  wait: "Wait",
  overridden: "You chose to chase anyway on {date}.",
  memoryUnreadable:
    "Kindly could not read its memory of past chases and starts afresh; the chases in your mailbox still count.",
  memoryNewer:
    "Kindly's memory of past chases was saved by a newer version of Kindly, so this one starts afresh; the chases in your mailbox still count.",
  memoryPartial:
    "Kindly could not read part of its memory of past chases and kept the rest; the chases in your mailbox still count.",
  rememberedChase: "chase remembered by Kindly",
  buyerCountry: "Buyer's country",
  buyerCountryHint: "Its weekend and public holidays are the business days Kindly counts.",
  countryFromAddress: "{country} (from the address)",
  countryUnknown: "Unknown: Saturday and Sunday off",
  samplePreview: "Sample paragraph",
};

export type Strings = typeof en;
