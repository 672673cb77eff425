import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/open-database";
import { alertEvents } from "../db/schema";
import { vpnAlertFields } from "../monitor/vpn-alert-fields";
import { alertMessage } from "./alert-message";

const event = {
  at: new Date("2026-03-01T10:00:00Z"),
  kind: "down" as const,
  connectionId: "env:nettica",
  connectionName: "Nettica",
  deviceId: "device-abc123def456",
  deviceName: "lon-gw-01",
  vpnId: "vpn-abc123def456",
  vpnName: "lon-gw-01.hq",
  netName: "hq",
  lastSeen: null,
  message: "lon-gw-01 has not checked in for 6 minutes",
};
const row = { ...event, ...vpnAlertFields(event.connectionId, event) };

describe("alert messages", () => {
  it("carry an idempotency key no other console's database repeats, though event ids start at 1 in each", async () => {
    const keys: string[] = [];
    for (let console = 0; console < 3; console++) {
      const database = await openDatabase({ dir: null });
      try {
        const [stored] = await database.db.insert(alertEvents).values(row).returning();
        expect(stored!.id).toBe(1);
        keys.push(alertMessage(stored!).idempotencyKey);
      } finally {
        await database.close();
      }
    }
    expect(new Set(keys).size).toBe(3);
  }, 60_000);
});
