import type uPlot from "uplot";
import { describe, expect, it, vi } from "vitest";
import { CHART_COLOURS, timeChartOptions } from "./time-chart-options";

const options = (patch: Partial<Parameters<typeof timeChartOptions>[0]> = {}) =>
  timeChartOptions({ width: 400, height: 160, label: "RSSI", unit: "dBm", dark: false, onCursor: () => {}, ...patch });

describe("time chart options", () => {
  it("draws one series against time, the value axis labelled with the unit", () => {
    const chart = options();
    expect(chart.scales?.x?.time).toBe(true);
    expect(chart.series[1]).toMatchObject({ label: "RSSI", spanGaps: false });
    expect(chart.axes?.[1]?.label).toBe("dBm");
    expect(options({ unit: null }).axes?.[1]?.label).toBeUndefined();
    expect(chart.legend?.show).toBe(false);
  });

  it("formats a value with its unit, an empty one as a dash", () => {
    const value = options().series[1]!.value as (u: uPlot, v: number | null) => string;
    expect(value({} as uPlot, -80)).toBe("-80 dBm");
    expect(value({} as uPlot, null)).toBe("—");
  });

  it("takes the axis, grid and line colours of the theme", () => {
    for (const [dark, colours] of [[false, CHART_COLOURS.light], [true, CHART_COLOURS.dark]] as const) {
      const chart = options({ dark });
      expect(chart.series[1]!.stroke).toBe(colours.line);
      expect(chart.axes!.map((a) => [a.stroke, a.grid?.stroke])).toEqual([
        [colours.text, colours.grid],
        [colours.text, colours.grid],
      ]);
    }
  });

  it("dots the values with no neighbour when uPlot would draw no points, and all points when it would", () => {
    const filter = (options().series[1]!.points as { filter: (u: uPlot, i: number, show: boolean) => number[] | null }).filter;
    const chart = { data: [[1, 2, 3, 4], [1, null, 2, 3]] } as unknown as uPlot;
    expect(filter(chart, 1, false)).toEqual([0]);
    expect(filter(chart, 1, true)).toBeNull();
    expect(filter({ data: [[1, 2], [1, 2]] } as unknown as uPlot, 1, false)).toBeNull();
  });

  it("reports the index of the value under the pointer, and null when it leaves", () => {
    const onCursor = vi.fn();
    const [setCursor] = options({ onCursor }).hooks!.setCursor!;
    setCursor!({ cursor: { idxs: [4, 3] } } as unknown as uPlot);
    setCursor!({ cursor: { idxs: [null, null] } } as unknown as uPlot);
    expect(onCursor.mock.calls).toEqual([[3], [null]]);
  });
});
