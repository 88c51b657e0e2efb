/**
 * The part of Office.js Kindly uses, and nothing more. The real `Office` global
 * satisfies it (checked below at compile time); tests hand in a small typed fake.
 */

export interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: { name?: string; message: string; code?: number } | null;
}

export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

export interface EmailAddressLike {
  displayName: string;
  emailAddress: string;
}

export interface BodyLike {
  getAsync(coercionType: unknown, callback: AsyncCallback<string>): void;
}

export interface ComposeBodyLike extends BodyLike {
  getTypeAsync(callback: AsyncCallback<unknown>): void;
  setSelectedDataAsync(
    data: string,
    options: { coercionType: unknown },
    callback: AsyncCallback<void>
  ): void;
  prependAsync(
    data: string,
    options: { coercionType: unknown },
    callback: AsyncCallback<void>
  ): void;
}

interface ReadWithGetAsync<T> {
  getAsync(callback: AsyncCallback<T>): void;
}

/** An item's custom properties (Mailbox 1.1), which Kindly uses to tag the messages it wrote into. */
export interface CustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  saveAsync(callback: AsyncCallback<void>): void;
}

/** An item's categories (Mailbox 1.8): only categories already in the rep's master list can be added. */
export interface CategoriesLike {
  getAsync(callback: AsyncCallback<Array<{ displayName: string }>>): void;
  addAsync(categories: string[], callback: AsyncCallback<void>): void;
}

interface Taggable {
  loadCustomPropertiesAsync(callback: AsyncCallback<CustomPropertiesLike>): void;
  categories?: CategoriesLike;
}

/** A message open for reading. */
export interface ReadItemLike extends Taggable {
  itemId: string;
  conversationId: string;
  subject: string;
  from: EmailAddressLike;
  to: EmailAddressLike[];
  cc: EmailAddressLike[];
  dateTimeCreated: Date;
  /** The message's Internet Message-ID (Mailbox 1.1, read mode). */
  internetMessageId?: string;
  /** The message's internet headers as one block of header lines (Mailbox 1.8, read mode). */
  getAllInternetHeadersAsync?(callback: AsyncCallback<string>): void;
  body: BodyLike;
  displayReplyForm(formData: { htmlBody?: string }): void;
}

/** The selection in a draft's body or subject: its data, and (where Outlook gives them) its bounds. */
export interface SelectionLike {
  data: string;
  sourceProperty: string;
  startPosition?: number;
  endPosition?: number;
}

/** A message being written. */
export interface ComposeItemLike extends Taggable {
  /** Null for a new message until Outlook first saves it (the rep, or its autosave, while the rep writes). */
  conversationId: string | null;
  subject: ReadWithGetAsync<string>;
  from?: ReadWithGetAsync<EmailAddressLike>;
  to: ReadWithGetAsync<EmailAddressLike[]>;
  cc: ReadWithGetAsync<EmailAddressLike[]>;
  body: ComposeBodyLike;
  getSelectedDataAsync(coercionType: unknown, callback: AsyncCallback<SelectionLike>): void;
}

/** What a Smart Alerts handler tells Outlook when it is done: the part of SmartAlertsEventCompletedOptions Kindly sets. */
export interface SendCompletedOptions {
  allowEvent: boolean;
  /** Shown in Outlook's dialog when the send is held; Outlook displays at most 500 characters. */
  errorMessage?: string;
}

/** The OnMessageSend event Outlook hands the Smart Alerts handler (Office.MailboxEvent, Mailbox 1.12). */
export interface SendEventLike {
  completed(options: SendCompletedOptions): void;
}

export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: AsyncCallback<void>): void;
}

export interface OfficeSurface {
  AsyncResultStatus: { Succeeded: unknown };
  CoercionType: { Text: unknown; Html: unknown };
  EventType: { ItemChanged: unknown };
  context: {
    displayLanguage: string;
    /** The Office theme's colours (not every Outlook client has it). */
    officeTheme?: { bodyBackgroundColor?: string } | null;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    roamingSettings: RoamingSettingsLike;
    mailbox: {
      item?: ReadItemLike | ComposeItemLike | null;
      userProfile: { emailAddress: string; displayName: string };
      addHandlerAsync(
        eventType: unknown,
        handler: (...args: unknown[]) => void,
        callback?: AsyncCallback<void>
      ): void;
    };
  };
}
