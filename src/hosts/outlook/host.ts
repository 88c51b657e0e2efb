import type { Address } from "../../core/thread/model";
import {
  CHASE_CATEGORY,
  CHASE_PROPERTY,
  HostError,
  type HostOperation,
  themeOfBackground,
  type InsertContent,
  type ItemKey,
  type MailHost,
  type OpenItem,
  type SettingsStore,
} from "../mailhost";
import type { GraphAuth, GraphConfig } from "../graph/conversation";
import { officeCall, officeSync } from "./call";
import type {
  ComposeItemLike,
  CustomPropertiesLike,
  EmailAddressLike,
  OfficeSurface,
  ReadItemLike,
  SelectionLike,
} from "./office-surface";

function toAddress(detail: EmailAddressLike | null | undefined): Address | null {
  if (!detail || (!detail.emailAddress && !detail.displayName)) return null;
  return { name: detail.displayName ?? "", address: (detail.emailAddress ?? "").toLowerCase() };
}

function toAddresses(details: EmailAddressLike[] | null | undefined): Address[] {
  return (details ?? []).map(toAddress).filter((a): a is Address => a !== null);
}

function isCompose(item: ReadItemLike | ComposeItemLike): item is ComposeItemLike {
  return typeof (item as ComposeItemLike).subject === "object" && item.subject !== null;
}

/**
 * Whether the rep has selected nothing, only placed the cursor: no data, and where Outlook gives
 * the selection's bounds (startPosition, endPosition), the same bound twice. Anything else, an
 * image included (no text, but data), counts as a selection Outlook would write over.
 */
function selectsNothing({ data, startPosition, endPosition }: SelectionLike): boolean {
  const bounded = typeof startPosition === "number" && typeof endPosition === "number";
  return !data && (!bounded || startPosition === endPosition);
}

/**
 * Internet headers as Outlook gives them (one block of header lines, long ones folded), by
 * lower-case name, the first of a repeated one; undefined for none.
 */
function parseHeaders(raw: string | null | undefined): Record<string, string> | undefined {
  const headers = new Map<string, string>();
  for (const line of (raw ?? "").replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    if (!line.trim()) break; // the end of the header block
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon <= 0 || !name || /\s/.test(name) || headers.has(name)) continue;
    headers.set(name, line.slice(colon + 1).trim());
  }
  return headers.size ? Object.fromEntries(headers) : undefined;
}

/** Which item this is, from its properties alone (a draft has no id until it is saved). */
function keyOf(item: ReadItemLike | ComposeItemLike): ItemKey {
  return isCompose(item)
    ? { mode: "compose", itemId: null, conversationId: item.conversationId || null }
    : { mode: "read", itemId: item.itemId ?? null, conversationId: item.conversationId ?? null };
}

/** The mail client behind the port, through Office.js. */
export class OutlookHost implements MailHost {
  readonly name = "outlook" as const;
  readonly settings: SettingsStore;

  /**
   * `loadNaa` brings MSAL's nested app authentication (a chunk of its own) when Graph is
   * wanted; without it (the send-time handler, one self-contained file) there is no Graph.
   */
  constructor(
    private readonly office: OfficeSurface,
    private readonly timeoutMs?: number,
    private readonly loadNaa?: () => Promise<(config: GraphConfig) => Promise<GraphAuth>>
  ) {
    const roaming = office.context.roamingSettings;
    this.settings = {
      get: (key) => officeSync("doReadSetting", () => roaming.get(key)),
      set: (key, value) => officeSync("doChangeSetting", () => roaming.set(key, value)),
      remove: (key) => officeSync("doRemoveSetting", () => roaming.remove(key)),
      save: () => this.call<void>("doSaveSettings", (cb) => roaming.saveAsync(cb)),
    };
  }

  user() {
    const profile = this.office.context.mailbox.userProfile;
    return {
      address: (profile.emailAddress ?? "").toLowerCase(),
      displayName: profile.displayName ?? "",
    };
  }

  now(): Date {
    return new Date();
  }

  displayLanguage(): string {
    return this.office.context.displayLanguage || "en-US";
  }

  theme(): "light" | "dark" | null {
    return themeOfBackground(this.office.context.officeTheme?.bodyBackgroundColor);
  }

  async openItemKey(): Promise<ItemKey> {
    return keyOf(this.item());
  }

  async openItem(): Promise<OpenItem> {
    const item = this.item();
    const { Text, Html } = this.office.CoercionType;
    const bodies = Promise.all([
      this.call<string>("doReadBody", (cb) => item.body.getAsync(Text, cb)),
      this.call<string>("doReadBody", (cb) => item.body.getAsync(Html, cb)),
    ]);
    if (!isCompose(item)) {
      const [[bodyText, bodyHtml], headers] = await Promise.all([bodies, this.headers(item)]);
      const sent = item.dateTimeCreated instanceof Date ? item.dateTimeCreated : null;
      const tag = await this.chaseTag(item);
      return {
        ...keyOf(item),
        ...tag,
        ...(headers && { headers }),
        subject: item.subject ?? "",
        from: toAddress(item.from),
        to: toAddresses(item.to),
        cc: toAddresses(item.cc),
        sentAt: sent && !isNaN(sent.getTime()) ? sent.toISOString() : null,
        internetMessageId: item.internetMessageId || undefined,
        bodyText,
        bodyHtml,
      };
    }
    const from =
      item.from && this.supports("1.7")
        ? this.call<EmailAddressLike>("doReadSender", (cb) => item.from!.getAsync(cb))
        : null;
    const [subject, to, cc, sender, [bodyText, bodyHtml], tag] = await Promise.all([
      this.call<string>("doReadSubject", (cb) => item.subject.getAsync(cb)),
      this.call<EmailAddressLike[]>("doReadRecipients", (cb) => item.to.getAsync(cb)),
      this.call<EmailAddressLike[]>("doReadRecipients", (cb) => item.cc.getAsync(cb)),
      from,
      bodies,
      // The send-time check asks whether Kindly put a reminder into this very draft, and when.
      this.chaseTag(item),
    ]);
    const me = this.user();
    return {
      ...keyOf(item),
      ...tag,
      subject: subject ?? "",
      from: toAddress(sender) ?? { name: me.displayName, address: me.address },
      to: toAddresses(to),
      cc: toAddresses(cc),
      sentAt: null,
      bodyText,
      bodyHtml,
    };
  }

  async insertAtCursor(content: InsertContent): Promise<void> {
    const item = this.item();
    if (!isCompose(item))
      throw HostError.worded({ problem: "hostReplyToInsert", operation: "doInsertReminder" });
    const bodyType = await this.call<unknown>("doReadBodyFormat", (cb) =>
      item.body.getTypeAsync(cb)
    );
    const html = String(bodyType).toLowerCase() === "html";
    const coercionType = html ? this.office.CoercionType.Html : this.office.CoercionType.Text;
    const data = html ? content.html : content.text;
    // Outlook gives the selection only in the body or the subject: with the cursor in the To or
    // Cc line the call fails (InvalidSelection). Not knowing where the cursor is, Kindly puts
    // the reminder at the top of the body, as for the subject, rather than give up the insert.
    const selection = await this.call<SelectionLike>("doReadCursor", (cb) =>
      item.getSelectedDataAsync(coercionType, cb)
    ).catch(() => null);
    if (selection?.sourceProperty === "body" && selectsNothing(selection)) {
      // A bare cursor in the body: the reminder goes in there, and nothing is replaced.
      await this.call<void>("doInsertReminder", (cb) =>
        item.body.setSelectedDataAsync(data, { coercionType }, cb)
      );
    } else {
      // The cursor is in the subject line, or Outlook could not say where it is, or the rep has
      // selected something in the body: the reminder goes at the top of the body instead.
      // Outlook writes over a selection, and Office.js cannot move the cursor past it. Writing
      // the selection back with the reminder after it (as Kindly once did) is not the rep's
      // text as it was: what getSelectedDataAsync gives is not what setSelectedDataAsync puts
      // back (lines restyled and moved out of their block, office-js #4526; a selected image
      // emptied, #4785). Prepending only adds: every word of the rep stays where it was (§7).
      await this.call<void>("doInsertReminder", (cb) =>
        item.body.prependAsync(data, { coercionType }, cb)
      );
    }
  }

  async replyWith(content: InsertContent): Promise<void> {
    const item = this.item();
    if (isCompose(item)) return this.insertAtCursor(content);
    officeSync("doOpenReply", () => item.displayReplyForm({ htmlBody: content.html }));
  }

  async tagChase(): Promise<void> {
    const item = this.item();
    if (!isCompose(item))
      throw HostError.worded({ problem: "hostReplyToTag", operation: "doTagMessage" });
    const props = await this.call<CustomPropertiesLike>("doTagMessage", (cb) =>
      item.loadCustomPropertiesAsync(cb)
    );
    officeSync("doTagMessage", () => props.set(CHASE_PROPERTY, new Date().toISOString()));
    await this.call<void>("doTagMessage", (cb) => props.saveAsync(cb));
    // The visible category only where the rep has it in their master list: adding one needs a wider permission.
    if (item.categories && this.supports("1.8")) {
      await this.call<void>("doTagMessage", (cb) =>
        item.categories!.addAsync([CHASE_CATEGORY], cb)
      ).catch(() => undefined);
    }
  }

  /**
   * The message's internet headers (Mailbox 1.8, read mode), which say what its words may not:
   * an automatic reply (Auto-Submitted), where Graph is not there to give them. The manifest
   * asks for Mailbox 1.3, so they are read only where this Outlook has 1.8, and as a best
   * effort: headers Outlook cannot give are no headers, and the message is read without them.
   */
  private async headers(item: ReadItemLike): Promise<Record<string, string> | undefined> {
    if (!item.getAllInternetHeadersAsync || !this.supports("1.8")) return undefined;
    const raw = await this.call<string>("doReadMessage", (cb) =>
      item.getAllInternetHeadersAsync!(cb)
    ).catch(() => null);
    return parseHeaders(raw);
  }

  /**
   * Whether Kindly tagged this message as a chase: its custom property (with the instant of the
   * insert), or the category.
   */
  private async chaseTag(
    item: ReadItemLike | ComposeItemLike
  ): Promise<Pick<OpenItem, "taggedChase" | "taggedAt">> {
    // Best effort, as the category below: a tag Outlook cannot read counts as no tag.
    const props = await this.call<CustomPropertiesLike>("doReadTags", (cb) =>
      item.loadCustomPropertiesAsync(cb)
    ).catch(() => null);
    let tagged: unknown = false;
    try {
      tagged = props?.get(CHASE_PROPERTY);
    } catch {
      tagged = false;
    }
    if (tagged) {
      const at = typeof tagged === "string" ? Date.parse(tagged) : NaN;
      return isNaN(at)
        ? { taggedChase: true }
        : { taggedChase: true, taggedAt: new Date(at).toISOString() };
    }
    if (!item.categories || !this.supports("1.8")) return { taggedChase: false };
    const categories = await this.call<Array<{ displayName: string }>>("doReadTags", (cb) =>
      item.categories!.getAsync(cb)
    ).catch(() => []);
    return { taggedChase: (categories ?? []).some((c) => c.displayName === CHASE_CATEGORY) };
  }

  onItemChanged(listener: () => void): () => void {
    let active = true;
    if (this.supports("1.5")) {
      try {
        this.office.context.mailbox.addHandlerAsync(this.office.EventType.ItemChanged, () => {
          if (active) listener();
        });
      } catch {
        // An unpinnable client: the pane simply closes with the item.
      }
    }
    return () => {
      active = false;
    };
  }

  private item(): ReadItemLike | ComposeItemLike {
    const item = officeSync("doFindMessage", () => this.office.context.mailbox.item);
    if (!item) throw HostError.worded({ problem: "hostNoMessage", operation: "doFindMessage" });
    return item;
  }

  /** Graph through nested app authentication, where this Outlook has it (NestedAppAuth 1.1). */
  async graphAuth(config: GraphConfig): Promise<GraphAuth | null> {
    let supported = false;
    try {
      supported = this.office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
    } catch {
      supported = false;
    }
    if (!supported || !this.loadNaa) return null;
    return (await this.loadNaa())(config);
  }

  private supports(version: string): boolean {
    try {
      return this.office.context.requirements.isSetSupported("Mailbox", version);
    } catch {
      return false;
    }
  }

  private call<T>(
    operation: HostOperation,
    start: Parameters<typeof officeCall<T>>[2]
  ): Promise<T> {
    return officeCall<T>(this.office, operation, start, this.timeoutMs);
  }
}
