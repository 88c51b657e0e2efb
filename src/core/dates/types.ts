/** A calendar day, "YYYY-MM-DD" (no time, no zone). */
export type CalendarDate = string;

/** A date written in free text, resolved to a calendar day. */
export interface DateMention {
  /** UTF-16 offsets of the expression in the text searched. */
  start: number;
  end: number;
  /** The expression as written ("next Tuesday", "7 de enero", "02.01.2027"). */
  text: string;
  date: CalendarDate;
  /** True for expressions that needed the reference day ("tomorrow", "next Friday", "下周二"). */
  relative: boolean;
}
