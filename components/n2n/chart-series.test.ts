import { describe, expect, it } from "vitest";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { chartSeries, linePath } from "./chart-series";

const uplink = (ts: number, rssi: number | null, readings: TN2nUplinkView["readings"]): TN2nUplinkView => ({ ts, port: 5, fCnt: null, rssi, snr: 2, gateway: null, spreadingFactor: null, readings });

describe("chart series", () => {
  it("draws RSSI, SNR and every numeric reading oldest first, skipping text values", () => {
    const series = chartSeries([
      uplink(2_000, -80, [
        { channelId: "1", type: "batteryVoltage", label: null, unit: "V", value: 3.6 },
        { channelId: "2", type: "status", label: "Status", unit: null, value: "ok" },
      ]),
      uplink(1_000, null, [{ channelId: "1", type: "batteryVoltage", label: null, unit: "V", value: 3.7 }]),
    ]);
    expect(series.map((s) => [s.label, s.unit, s.points])).toEqual([
      ["RSSI", "dBm", [{ t: 2_000, v: -80 }]],
      ["SNR", "dB", [{ t: 1_000, v: 2 }, { t: 2_000, v: 2 }]],
      ["Battery voltage", "V", [{ t: 1_000, v: 3.7 }, { t: 2_000, v: 3.6 }]],
    ]);
  });

  it("scales a line into the box with the highest value at the top", () => {
    const box = { width: 100, height: 50, pad: 5 };
    expect(linePath([{ t: 0, v: 0 }, { t: 10, v: 10 }, { t: 20, v: 5 }], box)).toBe("M5.0 45.0 L50.0 5.0 L95.0 25.0");
    expect(linePath([{ t: 0, v: 3 }, { t: 10, v: 3 }], box)).toBe("M5.0 25.0 L95.0 25.0");
    expect(linePath([], box)).toBe("");
  });
});
