import "server-only";
import { elapsedText } from "@/lib/attention/elapsed-text";
import type { TAttentionSeverity } from "@/lib/attention/attention-types";
import { VENDOR_INFO, type TVendor } from "@/lib/vendors/vendor-info";

/** What an attention alert says about its item: the text of the stored event, before the link the message adds. */
export type TAttentionAbout = {
  vendor: TVendor;
  severity: TAttentionSeverity;
  title: string;
  detail: string;
  connectionName: string;
};

const utc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
const SEVERITY_WORDS = { critical: "Critical", warning: "Warning" } as const;
const where = (item: TAttentionAbout) => `${VENDOR_INFO[item.vendor].label}, connection "${item.connectionName}"`;

/** "nyc-gw-01 is down: last seen 6 min ago. Critical · Nettica, connection "Lab" · since …". */
export function enteredText(item: TAttentionAbout, since: Date): string {
  return `${item.title}: ${item.detail}.\n${SEVERITY_WORDS[item.severity]} · ${where(item)} · needs attention since ${utc(since)}.`;
}

/** Said of the item as it entered (what cleared it is no longer there to describe), with how long it lasted. */
export function clearedText(item: TAttentionAbout, enteredAt: Date, at: Date): string {
  return `Clear again: ${item.title} (${item.detail}), after ${elapsedText(at.getTime() - enteredAt.getTime())}.\n${where(item)} · entered ${utc(enteredAt)}, cleared ${utc(at)}.`;
}

/** "Patchbay: SYD-CORE-01 is down (Megaport)", and "Patchbay: clear again — SYD-CORE-01 is down (Megaport)"; on one line. */
export function attentionSubject(event: { kind: "down" | "up"; vendor: TVendor; title: string }): string {
  const what = `${event.title} (${VENDOR_INFO[event.vendor].label})`.replace(/\s+/g, " ");
  return event.kind === "down" ? `Patchbay: ${what}` : `Patchbay: clear again — ${what}`;
}
