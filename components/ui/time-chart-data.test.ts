import { describe, expect, it } from "vitest";
import { formatMoment } from "./format-time";
import { chartSummary, chartTitle, isolatedIndices, latestPoint, pointsInOrder, timeChartData, type TTimeSeries } from "./time-chart-data";

const MIN = 60_000;
const at = (minutes: number) => Date.UTC(2026, 2, 1, 10, 0) + minutes * MIN;
const rssi = (points: TTimeSeries["points"]): TTimeSeries => ({ key: "rssi", label: "RSSI", unit: "dBm", points });

describe("time chart data for uPlot", () => {
  it("sorts by time and gives uPlot seconds, one value per time (the last sent wins, unless it came empty)", () => {
    const data = timeChartData([
      { t: at(20), v: -70 },
      { t: at(0), v: -80 },
      { t: at(10), v: -75 },
      { t: at(10), v: -74 },
      { t: at(20), v: null },
      { t: Number.NaN, v: -1 },
    ]);
    expect(data).toEqual([[at(0) / 1000, at(10) / 1000, at(20) / 1000], [-80, -74, -70]]);
  });

  it("keeps a value sent empty as null, and a non-finite value as null too", () => {
    expect(timeChartData([{ t: at(0), v: 1 }, { t: at(10), v: null }, { t: at(20), v: Number.POSITIVE_INFINITY }, { t: at(30), v: 2 }])[1]).toEqual([1, null, null, 2]);
  });

  it("breaks the line in the middle of a silence longer than five usual steps, not across a slightly late uplink", () => {
    const points = [0, 10, 20, 30, 45, 200, 210].map((m, i) => ({ t: at(m), v: i }));
    const [times, values] = timeChartData(points);
    expect(values).toEqual([0, 1, 2, 3, 4, null, 5, 6]);
    expect(times[5]).toBe((at(45) + at(200)) / 2 / 1000);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("draws one value, or none, without inventing a gap", () => {
    expect(timeChartData([{ t: at(0), v: 3 }])).toEqual([[at(0) / 1000], [3]]);
    expect(timeChartData([])).toEqual([[], []]);
  });

  it("finds the values with no neighbour, which a line alone would not show", () => {
    expect(isolatedIndices([1, null, 2, 3, null, 4])).toEqual([0, 5]);
    expect(isolatedIndices([null, 1, null, undefined, 2, 2])).toEqual([1]);
    expect(isolatedIndices([])).toEqual([]);
  });

  it("orders points oldest first for the values table", () => {
    expect(pointsInOrder([{ t: 3, v: 1 }, { t: 1, v: 2 }]).map((p) => p.t)).toEqual([1, 3]);
  });
});

describe("time chart words", () => {
  it("names a series with its unit", () => {
    expect(chartTitle({ label: "RSSI", unit: "dBm" })).toBe("RSSI (dBm)");
    expect(chartTitle({ label: "Pulses", unit: null })).toBe("Pulses");
  });

  it("summarises a series for its accessible name: count, time span, lowest, highest, latest", () => {
    const series = rssi([{ t: at(20), v: -70.5 }, { t: at(0), v: -80 }, { t: at(10), v: null }, { t: at(30), v: -75 }]);
    expect(chartSummary(series)).toBe(`RSSI (dBm): 3 values from ${formatMoment(at(0))} to ${formatMoment(at(30))}, between -80 dBm and -70.5 dBm, latest -75 dBm`);
    expect(latestPoint(series)).toEqual({ t: at(30), v: -75 });
  });

  it("says so when there is one value or none", () => {
    expect(chartSummary({ key: "n", label: "Pulses", unit: null, points: [{ t: at(0), v: 12 }] })).toBe(`Pulses: 1 value at ${formatMoment(at(0))}: 12`);
    expect(chartSummary(rssi([{ t: at(0), v: null }]))).toBe("RSSI (dBm): no values");
    expect(latestPoint(rssi([]))).toBeNull();
  });
});
