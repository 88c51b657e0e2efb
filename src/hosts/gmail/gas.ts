/*
 * The part of Apps Script that Kindly for Gmail uses, typed: CardService, GmailApp and
 * PropertiesService as the V8 runtime provides them. The add-on reaches them through
 * `gasServices()`; the tests give recording fakes of the same shape.
 */

export interface Builder {
  [method: string]: any;
}

export interface CardServiceApi {
  newCardBuilder(): Builder;
  newCardHeader(): Builder;
  newCardSection(): Builder;
  newTextParagraph(): Builder;
  newDecoratedText(): Builder;
  newSelectionInput(): Builder;
  newTextInput(): Builder;
  newTextButton(): Builder;
  newButtonSet(): Builder;
  newAction(): Builder;
  newFixedFooter(): Builder;
  newNavigation(): Builder;
  newNotification(): Builder;
  newActionResponseBuilder(): Builder;
  newUpdateDraftActionResponseBuilder(): Builder;
  newUpdateDraftBodyAction(): Builder;
  newComposeActionResponseBuilder(): Builder;
  SelectionInputType: Record<"DROPDOWN" | "CHECK_BOX" | "RADIO_BUTTON", unknown>;
  ContentType: Record<"MUTABLE_HTML" | "TEXT", unknown>;
  UpdateDraftBodyType: Record<"IN_PLACE_INSERT", unknown>;
  TextButtonStyle: Record<"FILLED" | "TEXT", unknown>;
  ComposedEmailType: Record<"REPLY_AS_DRAFT", unknown>;
}

export interface GmailMessageApi {
  getId(): string;
  getFrom(): string;
  getTo(): string;
  getCc(): string;
  getDate(): Date;
  getSubject(): string;
  getBody(): string;
  getPlainBody(): string;
  getHeader(name: string): string;
  isDraft(): boolean;
  getThread(): GmailThreadApi;
  createDraftReply(body: string, options: { htmlBody: string }): GmailDraftApi;
  createDraftReplyAll(body: string, options: { htmlBody: string }): GmailDraftApi;
}

export interface GmailThreadApi {
  getId(): string;
  getMessages(): GmailMessageApi[];
}

export interface GmailDraftApi {
  getId(): string;
}

export interface GmailAppApi {
  setCurrentMessageAccessToken(token: string): void;
  getMessageById(id: string): GmailMessageApi;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  getProperties(): Record<string, string>;
  setProperty(key: string, value: string): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
}

export interface PropertiesServiceApi {
  getUserProperties(): PropertiesApi;
}

/** The services a handler uses, and the clock. */
export interface GasServices {
  CardService: CardServiceApi;
  GmailApp: GmailAppApi;
  PropertiesService: PropertiesServiceApi;
  now(): Date;
}

/** The Apps Script globals, as the runtime gives them. */
export function gasServices(): GasServices {
  const g = globalThis as unknown as Omit<GasServices, "now">;
  return {
    CardService: g.CardService,
    GmailApp: g.GmailApp,
    PropertiesService: g.PropertiesService,
    now: () => new Date(),
  };
}

/** What a card's form holds, as Apps Script passes it (commonEventObject.formInputs). */
export type FormInputs = Record<string, { stringInputs?: { value?: string[] } } | undefined>;

/** The event object of a Gmail add-on trigger or card action (the parts Kindly reads). */
export interface GmailEvent {
  commonEventObject?: {
    userLocale?: string;
    timeZone?: { id?: string };
    formInputs?: FormInputs;
    parameters?: Record<string, string>;
  };
  gmail?: { messageId?: string; threadId?: string; accessToken?: string };
  draftMetadata?: { subject?: string; toRecipients?: string[] };
}
