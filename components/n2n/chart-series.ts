import type { TTimeSeries } from "@/components/ui/time-chart-data";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { readingName } from "./format";

/**
 * RSSI, SNR and each numeric reading over time, oldest first, one series per kind. An uplink that
 * sent the value empty leaves a null (a break in the line); one that did not send it at all leaves
 * nothing, so a device that reports on two ports in turn still draws two whole lines. Text and
 * yes/no values are not drawn, and a series with no number at all is left out.
 */
export function chartSeries(uplinks: TN2nUplinkView[]): TTimeSeries[] {
  const oldestFirst = [...uplinks].sort((a, b) => a.ts - b.ts);
  const signal: TTimeSeries[] = [
    { key: "rssi", label: "RSSI", unit: "dBm", points: oldestFirst.map((u) => ({ t: u.ts, v: u.rssi })) },
    { key: "snr", label: "SNR", unit: "dB", points: oldestFirst.map((u) => ({ t: u.ts, v: u.snr })) },
  ];
  const readings = new Map<string, TTimeSeries>();
  for (const uplink of oldestFirst) {
    for (const reading of uplink.readings) {
      const { value } = reading;
      if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) continue;
      const key = `reading:${reading.type}`;
      const series = readings.get(key) ?? { key, label: readingName(reading), unit: reading.unit, points: [] };
      series.points.push({ t: uplink.ts, v: value });
      readings.set(key, series);
    }
  }
  return [...signal, ...readings.values()].filter((s) => s.points.some((p) => p.v !== null));
}
