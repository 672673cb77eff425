import { describe, expect, it } from "vitest";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { uplinksInRange } from "./uplink-range";

const HOUR = 3_600_000;
const now = Date.UTC(2026, 2, 1, 12, 0);
const uplink = (ts: number): TN2nUplinkView => ({ ts, port: 5, fCnt: null, rssi: -80, snr: 2, gateway: null, spreadingFactor: null, readings: [] });
// Newest first, as N2N sends them: one every 2 hours over the last day.
const loaded = Array.from({ length: 12 }, (_, i) => uplink(now - i * 2 * HOUR));

describe("uplinks in the charts' range", () => {
  it("keeps the loaded uplinks of the range and counts them", () => {
    const result = uplinksInRange(loaded, "6h", now, 50);
    expect(result.uplinks.map((u) => u.ts)).toEqual([now, now - 2 * HOUR, now - 4 * HOUR, now - 6 * HOUR]);
    expect(result.text).toBe("4 of 12 uplinks in range");
  });

  it("takes everything loaded by default", () => {
    expect(uplinksInRange(loaded, "all", now, 12)).toEqual({ uplinks: loaded, text: "12 of 12 uplinks in range" });
  });

  it("says how to reach further back when the range goes past the oldest of a full page of uplinks", () => {
    expect(uplinksInRange(loaded, "7d", now, 12).text).toBe("12 of 12 uplinks in range; show more uplinks to reach further back");
    expect(uplinksInRange(loaded, "7d", now, 50).text).toBe("12 of 12 uplinks in range");
    expect(uplinksInRange(loaded, "1h", now, 12).text).toBe("1 of 12 uplinks in range");
  });

  it("counts none of none", () => {
    expect(uplinksInRange([], "24h", now, 50).text).toBe("0 of 0 uplinks in range");
  });
});
