interface Tags {
  properties: Record<string, string>;
  categories: string[];
  /** The rep's master category list. */
  master: string[];
}

import type {
  AsyncCallback,
  CategoriesLike,
  CustomPropertiesLike,
  ComposeItemLike,
  EmailAddressLike,
  OfficeSurface,
  ReadItemLike,
  SendCompletedOptions,
  SendEventLike,
} from "../../src/hosts/outlook/office-surface";

/**
 * A small typed fake of the Office.js surface Kindly uses. Every call can be made to
 * fail the ways Outlook fails: a Failed status, a throw (an Error, or one of Office's
 * error objects, which are not Errors), silence, or roaming settings over their quota.
 */

/**
 * How an operation fails. "failed": the callback gets a Failed AsyncResult; "throw" and
 * "throw-object": the call throws an Error, or a plain { name, message, code } object;
 * "hang": no callback, ever; "quota": Outlook's over-quota error (code 9057), as the
 * Failed result of an async call or thrown by a synchronous one.
 */
export type Failure = "failed" | "throw" | "throw-object" | "hang" | "quota";

/** The ways a synchronous Office.js call can fail: it can only throw. */
export const SYNC_FAILURES = ["throw", "throw-object", "quota"] as const;

export const SUCCEEDED = 0;
export const FAILED = 1;

/** Outlook's error for roaming settings over the 32 KB an add-in has: the code is documented, the words vary by client. */
export const QUOTA_ERROR = {
  name: "GenericSettingsError",
  message: "Settings size exceeded",
  code: 9057,
};

/** Outlook's error for getSelectedDataAsync with the cursor in a field other than the body or subject. */
export const INVALID_SELECTION = {
  name: "InvalidSelection",
  message: "The selection is invalid.",
};

/** The error Outlook reports for a failure: in a Failed result, or thrown. */
function officeError(operation: string, failure: Failure, verb: string) {
  return failure === "quota"
    ? QUOTA_ERROR
    : { name: "GenericError", message: `${operation} ${verb}`, code: 9002 };
}

export class FakeOffice implements OfficeSurface {
  AsyncResultStatus = { Succeeded: SUCCEEDED, Failed: FAILED };
  CoercionType = { Text: "text", Html: "html" };
  EventType = { ItemChanged: "olkItemSelectedChanged" };
  /** Operation name → how it fails; operations are the Office.js method names. */
  failures = new Map<string, Failure>();
  /** Every call made, in order, for assertions. */
  calls: string[] = [];
  supported = "1.12";
  /** Whether this Outlook has nested app authentication (requirement set NestedAppAuth 1.1). */
  nestedAppAuth = false;
  private itemChanged: Array<() => void> = [];
  private saved: Record<string, unknown> = {};
  private roaming: Record<string, unknown> = {};

  context: OfficeSurface["context"];

  constructor(item: ReadItemLike | ComposeItemLike | null, displayLanguage = "en-US") {
    const self = this;
    let current = item;
    this.context = {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, minVersion?: string) =>
          name === "NestedAppAuth"
            ? self.nestedAppAuth
            : name === "Mailbox" && compareVersions(minVersion ?? "1.1", self.supported) <= 0,
      },
      roamingSettings: {
        get: (name) => self.sync("roamingSettings.get", () => self.roaming[name]),
        set: (name, value) =>
          self.sync("roamingSettings.set", () => {
            self.roaming[name] = value;
          }),
        remove: (name) =>
          self.sync("roamingSettings.remove", () => {
            delete self.roaming[name];
          }),
        saveAsync: (callback) =>
          self.async("roamingSettings.saveAsync", undefined, callback, () => {
            self.saved = JSON.parse(JSON.stringify(self.roaming));
          }),
      },
      mailbox: {
        get item() {
          return self.sync("mailbox.item", () => current);
        },
        set item(next) {
          current = next;
        },
        userProfile: { emailAddress: "Amy.Zhang@sunrisetex.com", displayName: "Amy Zhang" },
        addHandlerAsync: (_type, handler) =>
          self.sync("addHandlerAsync", () => {
            self.itemChanged.push(() => handler());
          }),
      },
    };
  }

  /** What the last successful save wrote. */
  get savedSettings(): Record<string, unknown> {
    return this.saved;
  }

  /** The rep opens another item in a pinned pane. */
  changeItem(item: ReadItemLike | ComposeItemLike | null): void {
    this.context.mailbox.item = item;
    this.itemChanged.forEach((h) => h());
  }

  /** Answers an Office.js call the way it was told to: success, Failed status, a throw, or never. */
  async<T>(
    operation: string,
    value: T,
    callback: AsyncCallback<T> | undefined,
    effect?: () => void
  ): void {
    this.calls.push(operation);
    const failure = this.failures.get(operation);
    if (failure === "throw") throw new Error(`${operation} threw`);
    if (failure === "throw-object") throw officeError(operation, failure, "threw");
    if (failure === "hang") return;
    setTimeout(() => {
      if (failure === "failed" || failure === "quota") {
        callback?.({
          status: FAILED,
          value: undefined as T,
          error: officeError(operation, failure, "failed"),
        });
        return;
      }
      effect?.();
      callback?.({ status: SUCCEEDED, value });
    }, 0);
  }

  /** Answers a synchronous Office.js call: its value, or the throw it was told to make. */
  sync<T>(operation: string, run: () => T): T {
    this.calls.push(operation);
    const failure = this.failures.get(operation);
    if (failure === "throw") throw new Error(`${operation} threw`);
    if (failure === "throw-object" || failure === "quota")
      throw officeError(operation, failure, "threw");
    return run();
  }
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

/** An item's custom properties and categories, kept in `tags` so tests can read and preset them. */
function taggable(
  office: () => FakeOffice,
  tags: { properties: Record<string, string>; categories: string[]; master: string[] }
) {
  return {
    loadCustomPropertiesAsync: (cb: AsyncCallback<CustomPropertiesLike>) =>
      office().async<CustomPropertiesLike>(
        "loadCustomPropertiesAsync",
        {
          get: (name) => office().sync("customProperties.get", () => tags.properties[name]),
          set: (name, value) =>
            office().sync("customProperties.set", () => {
              tags.properties[name] = value;
            }),
          saveAsync: (save) => office().async("customProperties.saveAsync", undefined, save),
        },
        cb
      ),
    categories: {
      getAsync: (cb: AsyncCallback<Array<{ displayName: string }>>) =>
        office().async(
          "categories.getAsync",
          tags.categories.map((displayName) => ({ displayName })),
          cb
        ),
      // Outlook refuses a category that is not in the rep's master list.
      addAsync: (names: string[], cb: AsyncCallback<void>) =>
        names.every((n) => tags.master.includes(n))
          ? office().async("categories.addAsync", undefined, cb, () =>
              tags.categories.push(...names)
            )
          : office().async("categories.addAsync", undefined, (r) =>
              cb({ ...r, status: FAILED, error: { message: "not in master list" } })
            ),
    } as CategoriesLike,
  };
}

export function address(displayName: string, emailAddress: string): EmailAddressLike {
  return { displayName, emailAddress };
}

/** A received message open for reading. */
export function readItem(
  office: () => FakeOffice,
  {
    tags: preset,
    ...init
  }: Partial<ReadItemLike> & {
    text?: string;
    html?: string;
    tags?: Partial<Tags>;
    /** The message's internet headers as Outlook gives them (Mailbox 1.8): none when absent. */
    headers?: string;
  } = {}
) {
  const replies: string[] = [];
  const tags: Tags = { properties: {}, categories: [], master: [], ...preset };
  const item: ReadItemLike & { replies: string[]; tags: Tags } = {
    ...taggable(office, tags),
    tags,
    itemId: "AAMkAD-item-1",
    conversationId: "AAQkAD-conv-1",
    subject: "RE: PI SR-2611-045 deposit",
    from: address("Omar Haddad", "omar@alwaha-trading.ae"),
    to: [address("Amy Zhang", "amy.zhang@sunrisetex.com")],
    cc: [],
    dateTimeCreated: new Date("2026-11-17T14:02:00Z"),
    body: {
      getAsync: (coercion, callback) =>
        office().async(
          "body.getAsync",
          coercion === "html" ? (init.html ?? "<p>Dear Amy</p>") : (init.text ?? "Dear Amy"),
          callback
        ),
    },
    getAllInternetHeadersAsync: (callback) =>
      office().async("getAllInternetHeadersAsync", init.headers ?? "", callback),
    displayReplyForm: (form) =>
      office().sync("displayReplyForm", () => {
        replies.push(form.htmlBody ?? "");
      }),
    replies,
    ...init,
  };
  return item;
}

/**
 * A draft being written: a body of HTML (or plain text) with a cursor and an
 * optional selection, so inserts can be checked for keeping the rep's words.
 */
export function composeItem(
  office: () => FakeOffice,
  init: {
    body?: string;
    type?: "html" | "text";
    cursor?: number;
    selectionEnd?: number;
    inSubject?: boolean;
    /** The cursor is in the To or Cc line: Outlook cannot give a selection there (InvalidSelection). */
    inRecipients?: boolean;
    master?: string[];
    /** What Outlook gives for the Text coercion; the body itself when absent. */
    text?: string;
    /** Custom properties already on the draft (Kindly's chase tag). */
    properties?: Record<string, string>;
    /** The draft's To line (the buyer, Omar, when absent). */
    to?: EmailAddressLike[];
    /**
     * The draft's conversation (Omar's when absent). Null for a new message, as Outlook gives it
     * until the draft is first saved: `autosave` gives it one then.
     */
    conversationId?: string | null;
  } = {}
) {
  const tags: Tags = {
    properties: { ...init.properties },
    categories: [],
    master: init.master ?? [],
  };
  const state = {
    body: init.body ?? "<p>Hi Omar,</p><p>Best, Amy</p>",
    type: init.type ?? "html",
    cursor: init.cursor ?? 0,
    selectionEnd: init.selectionEnd ?? init.cursor ?? 0,
    inSubject: init.inSubject ?? false,
    inRecipients: init.inRecipients ?? false,
  };
  const item: ComposeItemLike & { state: typeof state; tags: Tags; autosave(): void } = {
    ...taggable(office, tags),
    tags,
    state,
    conversationId: init.conversationId === undefined ? "AAQkAD-conv-1" : init.conversationId,
    // Outlook saves a draft while the rep writes: a new message gets its conversation then.
    autosave() {
      item.conversationId ??= "AAQkAD-conv-new";
    },
    subject: {
      getAsync: (cb) => office().async("subject.getAsync", "RE: PI SR-2611-045 deposit", cb),
    },
    from: {
      getAsync: (cb) =>
        office().async("from.getAsync", address("Amy Zhang", "amy.zhang@sunrisetex.com"), cb),
    },
    to: {
      getAsync: (cb) =>
        office().async(
          "to.getAsync",
          init.to ?? [address("Omar Haddad", "omar@alwaha-trading.ae")],
          cb
        ),
    },
    cc: { getAsync: (cb) => office().async("cc.getAsync", [] as EmailAddressLike[], cb) },
    body: {
      getAsync: (coercion, cb) =>
        office().async(
          "body.getAsync",
          coercion === "text" && init.text !== undefined ? init.text : state.body,
          cb
        ),
      getTypeAsync: (cb) => office().async<unknown>("body.getTypeAsync", state.type, cb),
      setSelectedDataAsync: (data, _options, cb) =>
        office().async("body.setSelectedDataAsync", undefined, cb, () => {
          // Outlook replaces the selection with the data and leaves the cursor after it.
          state.body =
            state.body.slice(0, state.cursor) + data + state.body.slice(state.selectionEnd);
          state.cursor = state.selectionEnd = state.cursor + data.length;
        }),
      prependAsync: (data, _options, cb) =>
        office().async("body.prependAsync", undefined, cb, () => {
          state.body = data + state.body;
        }),
    },
    getSelectedDataAsync: (_coercion, cb) =>
      state.inRecipients
        ? // Outlook gives a selection in the body or the subject only; elsewhere the call fails.
          office().async("getSelectedDataAsync", undefined, (r) =>
            cb({ ...r, status: FAILED, value: undefined!, error: INVALID_SELECTION })
          )
        : office().async(
            "getSelectedDataAsync",
            state.inSubject
              ? { data: "", sourceProperty: "subject" }
              : {
                  data: state.body.slice(state.cursor, state.selectionEnd),
                  sourceProperty: "body",
                  // Outlook's bounds of the selection: the same for a bare cursor.
                  startPosition: state.cursor,
                  endPosition: state.selectionEnd,
                },
            cb
          ),
  };
  return item;
}

/**
 * Outlook's OnMessageSend event as the Smart Alerts handler sees it: records every
 * `completed` call, and `done` settles with the first. `throwOnComplete` makes
 * `completed` throw, as a runtime torn down under the handler would.
 */
export function sendEvent(init: { throwOnComplete?: boolean } = {}) {
  const completions: SendCompletedOptions[] = [];
  let answer!: (options: SendCompletedOptions) => void;
  const done = new Promise<SendCompletedOptions>((resolve) => {
    answer = resolve;
  });
  const event: SendEventLike & {
    completions: SendCompletedOptions[];
    done: Promise<SendCompletedOptions>;
  } = {
    completions,
    done,
    completed: (options) => {
      completions.push(options);
      answer(options);
      if (init.throwOnComplete) throw new Error("completed threw");
    },
  };
  return event;
}
