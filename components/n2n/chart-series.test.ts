import { describe, expect, it } from "vitest";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { chartSeries } from "./chart-series";

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
    expect(series.map((s) => [s.key, s.label, s.unit, s.points])).toEqual([
      // The uplink without RSSI leaves a break, not a silent bridge.
      ["rssi", "RSSI", "dBm", [{ t: 1_000, v: null }, { t: 2_000, v: -80 }]],
      ["snr", "SNR", "dB", [{ t: 1_000, v: 2 }, { t: 2_000, v: 2 }]],
      ["reading:batteryVoltage", "Battery voltage", "V", [{ t: 1_000, v: 3.7 }, { t: 2_000, v: 3.6 }]],
    ]);
  });

  it("leaves a reading out of the uplinks that did not send it, and breaks its line where it came empty", () => {
    const temperature = (value: number | null) => ({ channelId: "1", type: "temperature", label: "Temperature", unit: "°C", value });
    const battery = { channelId: "9", type: "batteryVoltage", label: "Battery", unit: "V", value: 3.6 };
    const series = chartSeries([uplink(1_000, -70, [temperature(20)]), uplink(2_000, -71, [battery]), uplink(3_000, -72, [temperature(null)]), uplink(4_000, -73, [temperature(21)])]);
    expect(series.find((s) => s.key === "reading:temperature")!.points).toEqual([{ t: 1_000, v: 20 }, { t: 3_000, v: null }, { t: 4_000, v: 21 }]);
    expect(series.find((s) => s.key === "reading:batteryVoltage")!.points).toEqual([{ t: 2_000, v: 3.6 }]);
  });

  it("draws nothing for a series with no number: a device without radio (ingested), a reading always empty or text", () => {
    const ingested = (ts: number): TN2nUplinkView => ({ ...uplink(ts, null, [{ channelId: "1", type: "windSpeed", label: "Wind", unit: "m/s", value: 4.2 }, { channelId: "2", type: "note", label: null, unit: null, value: null }]), snr: null });
    expect(chartSeries([ingested(1_000), ingested(2_000)]).map((s) => s.key)).toEqual(["reading:windSpeed"]);
    expect(chartSeries([])).toEqual([]);
  });
});
