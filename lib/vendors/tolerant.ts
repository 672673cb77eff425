import { z } from "zod";

/** One record of a vendor list that did not fit its schema: left out of the list, never silently. */
export type TUnreadable = {
  /** The list's item label and position, with the record's own id when it has one: "product 3 (a1b2…)". */
  record: string;
  /** The first field that did not fit, as a dotted path inside the record ("resources.vll"). */
  path: string;
  message: string;
};

// zod parses synchronously, so the records left out during one parse are collected on a stack:
// callVendor (and tests) open a collector around a parse; lists nested in lists report to it too.
const collectors: TUnreadable[][] = [];

/** Runs a synchronous parse and returns what its tolerant lists left out. */
export function collectUnreadable<T>(parse: () => T): { value: T; unreadable: TUnreadable[] } {
  const unreadable: TUnreadable[] = [];
  collectors.push(unreadable);
  try {
    return { value: parse(), unreadable };
  } finally {
    collectors.pop();
  }
}

const ID_KEYS = ["productUid", "uid", "uuid", "deviceId", "id", "name", "productName", "cidr"] as const;

function recordName(label: string, index: number, raw: unknown): string {
  if (raw && typeof raw === "object") {
    for (const key of ID_KEYS) {
      const value = (raw as Record<string, unknown>)[key];
      if ((typeof value === "string" && value !== "") || typeof value === "number") return `${label} ${index + 1} (${String(value).slice(0, 64)})`;
    }
  }
  return `${label} ${index + 1}`;
}

/**
 * A vendor list read item by item: an item that does not fit `item` is left out and reported to
 * the active collector (see collectUnreadable) instead of failing the whole list, as megaportgo
 * does. `null` or an absent list (Go's nil slice) reads as empty.
 */
export function zItems<T extends z.ZodType>(item: T, label = "record") {
  return z
    .array(z.unknown())
    .nullish()
    .transform((raw): z.output<T>[] => {
      const items: z.output<T>[] = [];
      (raw ?? []).forEach((entry, index) => {
        const parsed = item.safeParse(entry);
        if (parsed.success) {
          items.push(parsed.data);
          return;
        }
        const issue = parsed.error.issues[0];
        collectors.at(-1)?.push({ record: recordName(label, index, entry), path: issue?.path.join(".") ?? "", message: issue?.message ?? "does not fit" });
      });
      return items;
    });
}

/** One line an admin can read: "product 3 (a1b2…): resources.vll — Invalid input". */
export const describeUnreadable = (u: TUnreadable) => `${u.record}: ${u.path ? `${u.path} — ` : ""}${u.message}`;

/** What a BFF answer says about the records it left out. */
export const ZUnreadableSummary = z.object({ count: z.number().int(), reasons: z.array(z.string()) });
export type TUnreadableSummary = z.infer<typeof ZUnreadableSummary>;

/**
 * A vendor time as epoch ms, or null: epoch ms (number or digits), ISO 8601 / RFC 3339 strings,
 * and null, "" or a zero date ("0000-00-00 00:00:00", Go's "0001-01-01…") for none.
 */
export const zVendorTime = z
  .union([z.number(), z.string(), z.null()])
  // .optional() (not a z.undefined() member) is what lets an object leave the key out in zod 4.
  .optional()
  .transform((value): number | null => {
    if (value === null || value === undefined || value === "") return null;
    if (typeof value === "number") return Number.isFinite(value) ? value : null;
    if (/^\d{10,16}$/.test(value)) return Number(value);
    if (/^0{4}-0{2}-0{2}|^0001-01-01/.test(value)) return null;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  });

/** A field some environments send as one object and others as a list of them: always a list. */
export function zOneOrMany<T extends z.ZodType>(item: T, label?: string) {
  return z.preprocess((value) => (value === null || value === undefined || Array.isArray(value) ? value : [value]), zItems(item, label));
}
