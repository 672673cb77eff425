import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZAlertChannelInput } from "@/lib/alerts/channel-schemas";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { alertEvents } from "../db/schema";
import { testDatabases } from "../db/test-databases";
import { recordObservations } from "../monitor/record-observations";
import type { TVpnObservation } from "../monitor/watched-vpns";
import { createChannel } from "./channel-store";
import { sendStandingAlertsTo } from "./standing-alerts";

const T0 = Date.UTC(2026, 10, 2, 12, 0, 0);
const CONN = { id: "env:nettica", stateKey: "env:nettica@7", name: "Nettica (environment)" };
const vpn = (vpnId: string, health: "up" | "down"): TVpnObservation => ({ deviceId: `device-${vpnId}`, deviceName: `edge-${vpnId}`, vpnId, vpnName: `edge.${vpnId}`, netName: "hq", health, lastSeenMs: T0 - 3_600_000 });

describe.each(testDatabases())("a channel added while VPNs are down, on $name", ({ open }) => {
  let database: TDatabase;
  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 4).toString("base64");
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });

  it("is sent the alerts of what is down now that no channel received, and nothing that is up again or already sent", async () => {
    const record = (observations: TVpnObservation[], at: number) => recordObservations(database.db, CONN, observations, new Date(at));
    // No channel yet: the monitor starts with a and b down, c up; then b comes back and c goes down.
    await record([vpn("a", "down"), vpn("b", "down"), vpn("c", "up")], T0);
    await record([vpn("a", "down"), vpn("b", "up"), vpn("c", "down")], T0 + 60_000);
    const unsent = await database.db.select().from(alertEvents);
    expect(unsent.map((e) => [e.vpnId, e.kind, Object.keys(e.deliveries).length])).toEqual([["a", "down", 0], ["b", "down", 0], ["b", "up", 0], ["c", "down", 0]]);

    const noc = await createChannel(ZAlertChannelInput.parse({ kind: "webhook", name: "NOC", url: "https://hooks.example.test/noc" }));
    expect(await sendStandingAlertsTo(noc)).toBe(2);
    const pending = (await database.db.select().from(alertEvents)).filter((e) => e.deliveries[noc.id]?.status === "pending");
    expect(pending.map((e) => [e.vpnId, e.kind, e.deliveryStatus])).toEqual([["a", "down", "pending"], ["c", "down", "pending"]]);

    // A second channel: those two already went to one, so it gets nothing old.
    const pager = await createChannel(ZAlertChannelInput.parse({ kind: "webhook", name: "Pager", url: "https://hooks.example.test/pager" }));
    expect(await sendStandingAlertsTo(pager)).toBe(0);
  });
});
