// How the overview's history says when something needed attention, without zod or server imports.
import { elapsedText } from "./elapsed-text";

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
const clock = (at: Date) => `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dated = (at: Date) => `${at.getDate()} ${MONTHS[at.getMonth()]} ${clock(at)}`;
/** "10:02" today, "3 Nov 10:02" another day (local time). */
const when = (at: Date, now: Date) => (sameDay(at, now) ? clock(at) : dated(at));

/** "10:02 – 10:41 (39 min)", "2 Nov 23:50 – 3 Nov 00:20 (30 min)" (the end's day when it is not the start's), "since 10:02". */
export function episodeWhen(start: string, end: string | null, now: number): string {
  const from = new Date(start);
  const today = new Date(now);
  if (end === null) return `since ${when(from, today)}`;
  const to = new Date(end);
  const until = sameDay(from, to) ? clock(to) : dated(to);
  return `${when(from, today)} – ${until} (${elapsedText(to.getTime() - from.getTime())})`;
}

/** "in the last 24 hours", "in the last 7 days". */
export const rangeWords = (days: number) => (days === 1 ? "in the last 24 hours" : `in the last ${days} days`);
