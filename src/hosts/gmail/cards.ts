import { BUYER_LANGUAGES, formatDay, uiLocale, type UiLanguage } from "../../core";
import { escapeHtml, FIELD_NAMES, LEVERS, type FieldName } from "../../core/compose";
import { playbook } from "../../core/reasons";
import { displayNames } from "../../core/text/intl";
import type { ToneFinding } from "../../core/tone";
import { format, type Strings } from "../../locales";
import {
  FIELD_LABEL,
  LEVER_LABEL,
  missingFieldsText,
  toneAdvice,
  TYPED_PROBLEM,
} from "../../locales/wording";
import { DELAY_REASONS } from "../../core";
import { DATE_FIELDS, type Reminder, type ReminderChoices } from "../reminder";
import type { Builder, CardServiceApi } from "./gas";
import { timelineHeading, type ShownView } from "./view";

/*
 * The Kindly card for Gmail: the same content as the Outlook pane (PRODUCT.md §2–§6), in
 * CardService widgets. Status first, then the timeline, the reason and advice, the composer.
 */

/** The handlers the card's controls call (global functions of the Apps Script project). */
export const ACTIONS = {
  change: "onKindlyChange",
  chaseAnyway: "onKindlyChaseAnyway",
  reply: "onKindlyReply",
  insert: "onKindlyInsert",
} as const;

/** The form's field names. */
export const INPUT = {
  reason: "reason",
  lang: "lang",
  levers: "levers",
  strength: "strength",
  ask: "ask",
  field: (name: FieldName | "currency") => `field_${name}`,
} as const;

/**
 * Status colours (Material's error, information and success tones), as Gmail's own cards use
 * them; grey where the kept decision may be out of date.
 */
const STATUS_COLOUR = {
  "too-soon": "#B3261E",
  hold: "#B3261E",
  respond: "#0B57D0",
  ok: "#146C2E",
  unknown: "#5f6368",
};

export interface CardInput {
  view: ShownView;
  mode: "read" | "compose";
  lang: UiLanguage;
  t: Strings;
  choices: ReminderChoices;
  reminder: Reminder;
  findings: readonly ToneFinding[];
  /** A problem to show at the top (memory recovered, a save refused). */
  notice: string | null;
  /** Passed to every action, so the handler knows the mode and the thread. */
  params: Record<string, string>;
}

function paragraph(cs: CardServiceApi, html: string): Builder {
  return cs.newTextParagraph().setText(html);
}

function action(cs: CardServiceApi, name: string, params: Record<string, string>): Builder {
  return cs.newAction().setFunctionName(name).setParameters(params);
}

function select(
  cs: CardServiceApi,
  params: Record<string, string>,
  type: "DROPDOWN" | "CHECK_BOX" | "RADIO_BUTTON",
  name: string,
  title: string,
  items: { label: string; value: string; selected: boolean }[]
): Builder {
  const input = cs
    .newSelectionInput()
    .setType(cs.SelectionInputType[type])
    .setFieldName(name)
    .setTitle(title)
    .setOnChangeAction(action(cs, ACTIONS.change, params));
  for (const item of items) input.addItem(item.label, item.value, item.selected);
  return input;
}

function statusSection(cs: CardServiceApi, input: CardInput): Builder {
  const { view, t, lang } = input;
  const section = cs.newCardSection();
  const colour = STATUS_COLOUR[view.status];
  section.addWidget(
    paragraph(cs, `<font color="${colour}"><b>${escapeHtml(view.title)}</b></font>`)
  );
  section.addWidget(paragraph(cs, escapeHtml(view.explanation)));
  if (view.override)
    section.addWidget(
      paragraph(cs, escapeHtml(format(t.overridden, { date: formatDay(view.override, lang) })))
    );
  if (view.canOverride)
    section.addWidget(
      cs
        .newTextButton()
        .setText(t.chaseAnyway)
        .setOnClickAction(action(cs, ACTIONS.chaseAnyway, input.params))
    );
  if (input.notice) section.addWidget(paragraph(cs, `<i>${escapeHtml(input.notice)}</i>`));
  return section;
}

function timelineSection(cs: CardServiceApi, input: CardInput): Builder {
  const { view, t } = input;
  const section = cs
    .newCardSection()
    .setHeader(escapeHtml(timelineHeading(view, t)))
    .setCollapsible(true)
    // Open only for a short thread: the status and the reason come first.
    .setNumUncollapsibleWidgets(view.messageCount <= 3 ? view.timeline.length : 0);
  for (const entry of view.timeline)
    section.addWidget(
      cs
        .newDecoratedText()
        .setTopLabel(entry.ours ? t.sideOurs : t.sideBuyer)
        .setText(escapeHtml(entry.who))
        .setBottomLabel(escapeHtml(entry.when))
        .setWrapText(true)
    );
  return section;
}

function reasonSection(cs: CardServiceApi, input: CardInput): Builder {
  const { view, t, lang } = input;
  const book = playbook(view.reason, lang);
  const section = cs.newCardSection().setHeader(escapeHtml(t.reasonHeading));
  section.addWidget(
    select(
      cs,
      input.params,
      "DROPDOWN",
      INPUT.reason,
      t.reasonChoose,
      DELAY_REASONS.map((r) => ({
        label:
          r === view.detected
            ? format(t.reasonDetected, { reason: playbook(r, lang).label })
            : playbook(r, lang).label,
        value: r,
        selected: r === view.reason,
      }))
    )
  );
  if (view.evidence) {
    const from = view.evidence.day
      ? `${format(t.reasonFrom, { date: formatDay(view.evidence.day, lang) })} `
      : "";
    const sure = format(t.reasonSure, { percent: Math.round(view.evidence.confidence * 100) });
    section.addWidget(
      paragraph(
        cs,
        `<font color="#5f6368">${escapeHtml(from + sure)}</font><br><i>“${escapeHtml(view.evidence.sentence)}”</i>`
      )
    );
  } else if (view.reason === "unknown") section.addWidget(paragraph(cs, escapeHtml(t.reasonNone)));
  const list = (heading: string, lines: readonly string[]) =>
    `<b>${escapeHtml(heading)}</b><br>${lines.map((l) => `• ${escapeHtml(l)}`).join("<br>")}`;
  section.addWidget(paragraph(cs, list(t.adviceHeading, book.advice)));
  if (book.checkOwnSide.length)
    section.addWidget(paragraph(cs, list(t.ownSideHeading, book.checkOwnSide)));
  return section;
}

function composerSection(cs: CardServiceApi, input: CardInput): Builder {
  const { t, lang, choices, reminder } = input;
  const section = cs.newCardSection().setHeader(escapeHtml(t.composerHeading));
  const names = displayNames(uiLocale(lang), "language");
  section.addWidget(
    select(
      cs,
      input.params,
      "DROPDOWN",
      INPUT.lang,
      t.languageLabel,
      BUYER_LANGUAGES.map((code) => ({
        label: names.of(code) ?? code,
        value: code,
        selected: code === choices.lang,
      }))
    )
  );
  section.addWidget(
    select(
      cs,
      input.params,
      "CHECK_BOX",
      INPUT.levers,
      t.leversHeading,
      LEVERS.map((lever) => ({
        label: t[LEVER_LABEL[lever]],
        value: lever,
        selected: choices.levers.has(lever),
      }))
    )
  );
  if (choices.levers.size > 0)
    section.addWidget(
      select(cs, input.params, "RADIO_BUTTON", INPUT.strength, t.strengthLabel, [
        { label: t.strengthGentle, value: "gentle", selected: choices.strength === "gentle" },
        { label: t.strengthFirm, value: "firm", selected: choices.strength === "firm" },
      ])
    );
  section.addWidget(
    select(cs, input.params, "RADIO_BUTTON", INPUT.ask, t.askLabel, [
      { label: t.askDate, value: "date", selected: choices.ask === "date" },
      { label: t.askSlip, value: "slip", selected: choices.ask === "slip" },
    ])
  );
  const asked = FIELD_NAMES.filter((f) => reminder.asked.includes(f));
  for (const name of asked) {
    const fields: [FieldName | "currency", string][] =
      name === "amount"
        ? [
            ["amount", t.fieldAmount],
            ["currency", t.fieldCurrency],
          ]
        : [[name, t[FIELD_LABEL[name]]]];
    for (const [field, title] of fields) {
      // The hint says why the reminder leaves out what was typed, else how a day is typed.
      const why = reminder.refused[field];
      const hint = why
        ? t[TYPED_PROBLEM[why]]
        : field !== "currency" && DATE_FIELDS.has(field)
          ? "YYYY-MM-DD"
          : "";
      section.addWidget(
        cs
          .newTextInput()
          .setFieldName(INPUT.field(field))
          .setTitle(title)
          .setHint(hint)
          .setValue(choices.edits[field] ?? "")
          .setOnChangeAction(action(cs, ACTIONS.change, input.params))
      );
    }
  }
  const { composed } = reminder;
  section.addWidget(
    paragraph(
      cs,
      composed.paragraphs.map((p) => escapeHtml(p.text).replace(/\n/g, "<br>")).join("<br><br>")
    )
  );
  section.addWidget(
    paragraph(
      cs,
      input.findings.length
        ? input.findings
            .map(
              (f) =>
                `<font color="#B3261E"><b>“${escapeHtml(f.phrase)}”</b></font> ${escapeHtml(toneAdvice(f, t))}`
            )
            .join("<br>")
        : escapeHtml(t.toneClean)
    )
  );
  if (composed.missing.length)
    section.addWidget(paragraph(cs, escapeHtml(missingFieldsText(t, composed.missing))));
  return section;
}

/** The footer's one button: reply with the reminder (reading) or insert it (writing). */
function footer(cs: CardServiceApi, input: CardInput): Builder {
  const { t, mode, reminder } = input;
  const button = cs
    .newTextButton()
    .setText(mode === "compose" ? t.insertReminder : t.replyWithReminder)
    .setTextButtonStyle(cs.TextButtonStyle.FILLED)
    .setDisabled(reminder.composed.missing.length > 0);
  if (mode === "compose") button.setOnClickAction(action(cs, ACTIONS.insert, input.params));
  else
    button.setComposeAction(
      action(cs, ACTIONS.reply, input.params),
      cs.ComposedEmailType.REPLY_AS_DRAFT
    );
  return cs.newFixedFooter().setPrimaryButton(button);
}

/** The Kindly card for a thread. */
export function kindlyCard(cs: CardServiceApi, input: CardInput): unknown {
  const card = cs
    .newCardBuilder()
    .setName("kindly")
    // A header's subtitle is plain text (CardHeader's docs name no HTML formatting, as
    // TextParagraph's do): escaped, "PI & deposit" showed as "PI &amp; deposit".
    .setHeader(cs.newCardHeader().setTitle("Kindly").setSubtitle(input.view.subject))
    .addSection(statusSection(cs, input));
  if (input.mode === "read") card.addSection(timelineSection(cs, input));
  return card
    .addSection(reasonSection(cs, input))
    .addSection(composerSection(cs, input))
    .setFixedFooter(footer(cs, input))
    .build();
}

/** A card that says what went wrong, with a way to try again. */
export function problemCard(
  cs: CardServiceApi,
  t: Strings,
  message: string,
  params: Record<string, string>
): unknown {
  return cs
    .newCardBuilder()
    .setName("kindly-problem")
    .setHeader(cs.newCardHeader().setTitle("Kindly"))
    .addSection(
      cs
        .newCardSection()
        .addWidget(paragraph(cs, `<font color="#B3261E"><b>${escapeHtml(message)}</b></font>`))
        .addWidget(
          cs
            .newTextButton()
            .setText(t.retry)
            .setOnClickAction(action(cs, ACTIONS.change, params))
        )
    )
    .build();
}
