/** A moment as the console's data carries it: epoch ms or ISO text. */
export type TWhen = number | string;

// One fixed English style, so every page reads the same whatever the browser's locale; 24-hour.
const STYLES = {
  day: { day: "numeric", month: "short", year: "numeric" },
  moment: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
  timeOfDay: { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Nothing → "—"; unreadable text as it was sent (a vendor's odd date stays visible); else formatted. */
function formatIn(style: keyof typeof STYLES, when: TWhen | null | undefined, timeZone?: string): string {
  if (when === null || when === undefined || when === "") return "—";
  const date = new Date(when);
  if (Number.isNaN(date.getTime())) return typeof when === "string" ? when : "—";
  const key = `${style} ${timeZone ?? ""}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat("en-GB", { ...STYLES[style], timeZone })));
  return format.format(date);
}

/**
 * "4 Dec 2026", in the browser's time zone unless one is given (Megaport ends a contract at
 * midnight where the customer is, which is another day in UTC).
 */
export const formatDay = (when: TWhen | null | undefined, timeZone?: string) => formatIn("day", when, timeZone);

/** "4 Dec 2026, 19:43:50": a date with its time, as tables, tooltips and notices show it. */
export const formatMoment = (when: TWhen | null | undefined, timeZone?: string) => formatIn("moment", when, timeZone);

/** "19:43:50": a time of day, for what happened minutes ago. */
export const formatTimeOfDay = (when: TWhen | null | undefined, timeZone?: string) => formatIn("timeOfDay", when, timeZone);
