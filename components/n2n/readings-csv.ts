import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";

type TCell = string | number | boolean | null;

const HEADER = ["time", "ts", "deviceId", "port", "fCnt", "channelId", "type", "label", "value", "unit"];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with ' — numbers stay numbers.
 */
export function csvCell(value: TCell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every reading of the uplinks shown, one line each, in the order shown (newest first). */
export function readingsCsv(deviceId: string, uplinks: TN2nUplinkView[]): string {
  const lines = [HEADER.join(",")];
  for (const uplink of uplinks) {
    for (const reading of uplink.readings) {
      const row: TCell[] = [new Date(uplink.ts).toISOString(), uplink.ts, deviceId, uplink.port, uplink.fCnt, reading.channelId, reading.type, reading.label, reading.value, reading.unit];
      lines.push(row.map(csvCell).join(","));
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

export const readingsCsvName = (deviceId: string, uplinks: TN2nUplinkView[]) =>
  `${deviceId}-readings${uplinks.length ? `-${new Date(uplinks[0]!.ts).toISOString().slice(0, 16).replace(/[-:]/g, "")}Z` : ""}.csv`;
