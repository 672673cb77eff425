import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZAlertChannelInput } from "@/lib/alerts/channel-schemas";
import { createChannel } from "../alerts/channel-store";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { alertEvents, alertMutes, monitorState } from "../db/schema";
import { testDatabases } from "../db/test-databases";
import { recordObservations } from "./record-observations";
import type { TVpnObservation } from "./watched-vpns";

const T0 = Date.UTC(2026, 10, 2, 12, 0, 0);
const CONN = { id: "env:nettica", stateKey: "env:nettica@7", name: "Nettica (environment)" };
const vpn = (health: TVpnObservation["health"], lastSeenMs: number | null = T0, vpnId = "vpn-1"): TVpnObservation => ({
  deviceId: "device-1",
  deviceName: "edge-1",
  vpnId,
  vpnName: `edge-1.${vpnId}`,
  netName: "hq",
  health,
  lastSeenMs: health === "never" ? null : lastSeenMs,
});

describe.each(testDatabases())("recording transitions on $name", ({ open }) => {
  let database: TDatabase;
  const record = (observations: TVpnObservation[], at: number) => recordObservations(database.db, CONN, observations, new Date(at));
  const events = () => database.db.select().from(alertEvents);
  const states = () => database.db.select().from(monitorState);

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
    database = await open();
    useDatabaseForTests(database);
    await createChannel(ZAlertChannelInput.parse({ kind: "webhook", name: "On", url: "https://hooks.example.test/on" }));
    await createChannel(ZAlertChannelInput.parse({ kind: "webhook", name: "Off", enabled: false, url: "https://hooks.example.test/off" }));
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });
  beforeEach(async () => {
    await database.db.delete(alertEvents);
    await database.db.delete(monitorState);
  });

  it("learns the state on first sight: one found down is alerted once (as the seed's monitor does), one up silently", async () => {
    expect(await record([vpn("down", T0 - 3_600_000), vpn("up", T0, "vpn-2")], T0)).toEqual({ locked: true, transitions: 1 });
    expect((await states()).map((s) => [s.vpnId, s.state]).sort()).toEqual([["vpn-1", "down"], ["vpn-2", "up"]]);
    const [found] = await events();
    expect(found).toMatchObject({ kind: "down", vpnId: "vpn-1", deliveryStatus: "pending" });
    expect(found!.message).toBe("Nettica: your device edge-1 with VPN edge-1.vpn-1 (network hq) is down (found down when monitoring began): last seen 2026-11-02T11:00:00Z, 60 min ago. Connection: Nettica (environment).");
    await record([vpn("down", T0 - 3_600_000), vpn("up", T0, "vpn-2")], T0 + 60_000);
    expect(await events()).toHaveLength(1);
  });

  it("neither alerts nor forgets when a device has never checked in", async () => {
    await record([vpn("never")], T0);
    expect(await states()).toEqual([]);
    await record([vpn("up")], T0 + 60_000);
    await record([vpn("never")], T0 + 120_000);
    expect((await states()).map((s) => s.state)).toEqual(["up"]);
    expect(await events()).toEqual([]);
  });

  it("records one event per change, queued for the channels that are on", async () => {
    await record([vpn("up")], T0);
    expect(await record([vpn("down")], T0 + 400_000)).toEqual({ locked: true, transitions: 1 });
    expect(await record([vpn("down")], T0 + 460_000)).toEqual({ locked: true, transitions: 0 });
    const [down] = await events();
    expect(down).toMatchObject({ kind: "down", deviceName: "edge-1", deliveryStatus: "pending" });
    expect(Object.values(down!.deliveries).map((d) => [d.channel, d.status])).toEqual([["On", "pending"]]);
  });

  it("ignores an observation older than the one already applied", async () => {
    await record([vpn("up")], T0);
    await record([vpn("up")], T0 + 400_000);
    expect(await record([vpn("down")], T0 + 300_000)).toEqual({ locked: true, transitions: 0 });
    expect((await states())[0]!.state).toBe("up");
  });

  it("stops watching a VPN that lost its endpoint or was removed", async () => {
    await record([vpn("up"), vpn("up", T0, "vpn-2")], T0);
    await record([vpn("up")], T0 + 60_000);
    expect((await states()).map((s) => s.vpnId)).toEqual(["vpn-1"]);
  });

  it("keeps a transition of the muted VPN rule for the history, sent nowhere, and sends again once the mute has ended", async () => {
    await database.db.insert(alertMutes).values({ rule: "nettica.vpn_down", connectionId: null, until: new Date(T0 + 600_000), createdBy: "ops@example.test" });
    try {
      await record([vpn("up")], T0);
      await record([vpn("down")], T0 + 400_000);
      await record([vpn("up")], T0 + 700_000);
      const recorded = (await events()).sort((a, b) => a.id - b.id);
      expect(recorded.map((event) => [event.kind, event.muted, event.deliveryStatus, Object.keys(event.deliveries).length])).toEqual([
        ["down", true, "done", 0],
        ["up", false, "pending", 1],
      ]);
    } finally {
      await database.db.delete(alertMutes);
    }
  });
});
