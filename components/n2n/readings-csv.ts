import { csvCell, type TCsvCell } from "@/lib/csv-cell";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";

export { csvCell };

const HEADER = ["time", "ts", "deviceId", "port", "fCnt", "channelId", "type", "label", "value", "unit"];

/** Every reading of the uplinks shown, one line each, in the order shown (newest first). */
export function readingsCsv(deviceId: string, uplinks: TN2nUplinkView[]): string {
  const lines = [HEADER.join(",")];
  for (const uplink of uplinks) {
    for (const reading of uplink.readings) {
      const row: TCsvCell[] = [new Date(uplink.ts).toISOString(), uplink.ts, deviceId, uplink.port, uplink.fCnt, reading.channelId, reading.type, reading.label, reading.value, reading.unit];
      lines.push(row.map(csvCell).join(","));
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

export const readingsCsvName = (deviceId: string, uplinks: TN2nUplinkView[]) =>
  `${deviceId}-readings${uplinks.length ? `-${new Date(uplinks[0]!.ts).toISOString().slice(0, 16).replace(/[-:]/g, "")}Z` : ""}.csv`;
