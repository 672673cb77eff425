import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { readingName } from "./format";

export type TChartPoint = { t: number; v: number };
export type TChartSeries = { key: string; label: string; unit: string | null; points: TChartPoint[] };

/** RSSI, SNR and each numeric reading over time, oldest first; text and missing values are left out. */
export function chartSeries(uplinks: TN2nUplinkView[]): TChartSeries[] {
  const oldestFirst = [...uplinks].sort((a, b) => a.ts - b.ts);
  const signal: TChartSeries[] = [
    { key: "rssi", label: "RSSI", unit: "dBm", points: oldestFirst.flatMap((u) => (u.rssi === null ? [] : [{ t: u.ts, v: u.rssi }])) },
    { key: "snr", label: "SNR", unit: "dB", points: oldestFirst.flatMap((u) => (u.snr === null ? [] : [{ t: u.ts, v: u.snr }])) },
  ];
  const readings = new Map<string, TChartSeries>();
  for (const uplink of oldestFirst) {
    for (const reading of uplink.readings) {
      if (typeof reading.value !== "number" || !Number.isFinite(reading.value)) continue;
      const key = `reading:${reading.type}`;
      const series = readings.get(key) ?? { key, label: readingName(reading), unit: reading.unit, points: [] };
      series.points.push({ t: uplink.ts, v: reading.value });
      readings.set(key, series);
    }
  }
  return [...signal, ...readings.values()].filter((s) => s.points.length > 0);
}

export type TChartBox = { width: number; height: number; pad: number };

/** The SVG path of a series scaled into the box (time across, value up); a flat series sits in the middle. */
export function linePath(points: TChartPoint[], box: TChartBox): string {
  if (points.length === 0) return "";
  const ts = points.map((p) => p.t);
  const vs = points.map((p) => p.v);
  const [t0, t1] = [Math.min(...ts), Math.max(...ts)];
  const [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  const x = (t: number) => (t1 === t0 ? box.width / 2 : box.pad + ((t - t0) / (t1 - t0)) * (box.width - 2 * box.pad));
  const y = (v: number) => (v1 === v0 ? box.height / 2 : box.height - box.pad - ((v - v0) / (v1 - v0)) * (box.height - 2 * box.pad));
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.t).toFixed(1)} ${y(p.v).toFixed(1)}`).join(" ");
}
