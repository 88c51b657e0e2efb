import type { Builder, CardServiceApi } from "./gas";

/*
 * A CardService that records what the add-on builds as plain data: the tests read the cards
 * from it, and the simulator draws the Gmail card from it. Each builder knows only the methods
 * Apps Script's has (the table below); calling another throws, as Apps Script would.
 */

/** A recorded card element: its kind and what was set on it. */
export interface CardNode {
  kind: string;
  [property: string]: unknown;
}

/** Per kind: each method, and the names of its arguments ("add" methods append to a list). */
const KINDS: Record<string, Record<string, string[]>> = {
  Card: {
    setName: ["name"],
    setHeader: ["header"],
    addSection: ["sections"],
    setFixedFooter: ["fixedFooter"],
  },
  CardHeader: { setTitle: ["title"], setSubtitle: ["subtitle"] },
  CardSection: {
    setHeader: ["header"],
    setCollapsible: ["collapsible"],
    setNumUncollapsibleWidgets: ["uncollapsible"],
    addWidget: ["widgets"],
  },
  TextParagraph: { setText: ["text"] },
  DecoratedText: {
    setText: ["text"],
    setTopLabel: ["topLabel"],
    setBottomLabel: ["bottomLabel"],
    setWrapText: ["wrap"],
  },
  SelectionInput: {
    setType: ["type"],
    setFieldName: ["fieldName"],
    setTitle: ["title"],
    setOnChangeAction: ["onChange"],
    addItem: ["items", "text", "value", "selected"],
  },
  TextInput: {
    setFieldName: ["fieldName"],
    setTitle: ["title"],
    setHint: ["hint"],
    setValue: ["value"],
    setOnChangeAction: ["onChange"],
  },
  TextButton: {
    setText: ["text"],
    setOnClickAction: ["onClick"],
    setComposeAction: ["compose", "action", "type"],
    setTextButtonStyle: ["style"],
    setDisabled: ["disabled"],
  },
  ButtonSet: { addButton: ["buttons"] },
  Action: { setFunctionName: ["functionName"], setParameters: ["parameters"] },
  FixedFooter: { setPrimaryButton: ["primaryButton"] },
  Navigation: { updateCard: ["updateCard"], pushCard: ["pushCard"] },
  Notification: { setText: ["text"] },
  ActionResponse: { setNavigation: ["navigation"], setNotification: ["notification"] },
  UpdateDraftActionResponse: { setUpdateDraftBodyAction: ["updateDraftBodyAction"] },
  UpdateDraftBodyAction: {
    addUpdateContent: ["contents", "content", "type"],
    setUpdateType: ["updateType"],
  },
  ComposeActionResponse: { setGmailDraft: ["gmailDraft"] },
};

/** The kinds whose builder has build(); the others are passed to their parent as they are. */
const BUILT = new Set([
  "Card",
  "ActionResponse",
  "UpdateDraftActionResponse",
  "ComposeActionResponse",
]);

const nodes = new WeakMap<object, CardNode>();

function plain(value: unknown): unknown {
  return value && typeof value === "object" && nodes.has(value) ? nodes.get(value) : value;
}

function builder(kind: string): Builder {
  const node: CardNode = { kind };
  const target: Builder = {};
  for (const [method, [field, ...names]] of Object.entries(KINDS[kind])) {
    target[method] = (...args: unknown[]) => {
      const value =
        names.length > 0
          ? Object.fromEntries(names.map((name, i) => [name, plain(args[i])]))
          : plain(args[0]);
      if (method.startsWith("add")) ((node[field] ??= []) as unknown[]).push(value);
      else node[field] = value;
      return proxy;
    };
  }
  if (BUILT.has(kind)) target.build = () => node;
  const proxy: Builder = new Proxy(target, {
    get(object, name) {
      if (typeof name === "string" && !(name in object))
        throw new TypeError(`CardService ${kind} has no method ${name}`);
      return object[name as string];
    },
  });
  nodes.set(proxy, node);
  return proxy;
}

const enumOf = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((n) => [n, n])) as unknown as Record<K, string>;

/** A recording CardService. */
export function recordingCardService(): CardServiceApi {
  return {
    newCardBuilder: () => builder("Card"),
    newCardHeader: () => builder("CardHeader"),
    newCardSection: () => builder("CardSection"),
    newTextParagraph: () => builder("TextParagraph"),
    newDecoratedText: () => builder("DecoratedText"),
    newSelectionInput: () => builder("SelectionInput"),
    newTextInput: () => builder("TextInput"),
    newTextButton: () => builder("TextButton"),
    newButtonSet: () => builder("ButtonSet"),
    newAction: () => builder("Action"),
    newFixedFooter: () => builder("FixedFooter"),
    newNavigation: () => builder("Navigation"),
    newNotification: () => builder("Notification"),
    newActionResponseBuilder: () => builder("ActionResponse"),
    newUpdateDraftActionResponseBuilder: () => builder("UpdateDraftActionResponse"),
    newUpdateDraftBodyAction: () => builder("UpdateDraftBodyAction"),
    newComposeActionResponseBuilder: () => builder("ComposeActionResponse"),
    SelectionInputType: enumOf("DROPDOWN", "CHECK_BOX", "RADIO_BUTTON"),
    ContentType: enumOf("MUTABLE_HTML", "TEXT"),
    UpdateDraftBodyType: enumOf("IN_PLACE_INSERT"),
    TextButtonStyle: enumOf("FILLED", "TEXT"),
    ComposedEmailType: enumOf("REPLY_AS_DRAFT"),
  };
}

/** Every node of a recorded card, depth first (for finding widgets). */
export function walkCard(node: unknown, out: CardNode[] = []): CardNode[] {
  if (Array.isArray(node)) for (const child of node) walkCard(child, out);
  else if (node && typeof node === "object") {
    if ("kind" in node) out.push(node as CardNode);
    for (const value of Object.values(node)) walkCard(value, out);
  }
  return out;
}
