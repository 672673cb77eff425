import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TAttentionItem, TConnectionAttention } from "@/lib/attention/attention-types";
import { ZAlertChannelInput } from "@/lib/alerts/channel-schemas";
import { createChannel } from "../alerts/channel-store";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { alertEvents, alertMutes, attentionAlerts, attentionJudgements } from "../db/schema";
import { secondInstanceOf, testDatabases } from "../db/test-databases";
import { recordAttentionTransitions } from "./record-attention-transitions";

const T0 = Date.UTC(2026, 10, 2, 12, 0, 0);
const CONN = { id: "env:megaport", key: "env:megaport@3", name: "Megaport (environment)" };
const item = (subject: string, extra: Partial<TAttentionItem> = {}): TAttentionItem => ({
  id: `megaport/env%3Amegaport/service_down/${subject}`,
  vendor: "megaport",
  connectionId: CONN.id,
  connectionName: CONN.name,
  kind: "megaport.service_down",
  severity: "critical",
  title: `${subject} is down`,
  detail: "Port is LIVE but not up",
  href: `/megaport/services/${subject}?connection=env%3Amegaport`,
  since: null,
  ...extra,
});
const evaluation = (at: number, items: TAttentionItem[], state: "ok" | "failed" = "ok"): TConnectionAttention => ({
  vendor: "megaport",
  connection: { id: CONN.id, name: CONN.name, state, error: state === "ok" ? null : "Megaport answered 503", checkedAt: new Date(at).toISOString() },
  items,
});
const failing = item("connection", { kind: "megaport.connection_failing", id: "megaport/env%3Amegaport/connection_failing/connection", title: "Connection Megaport (environment) is failing" });

describe.each(testDatabases())("recording attention transitions on $name", ({ open }) => {
  let database: TDatabase;
  const record = (at: number, items: TAttentionItem[], state: "ok" | "failed" = "ok", db = database.db) => recordAttentionTransitions(db, CONN, evaluation(at, items, state));
  const sent = async () => (await database.db.select().from(alertEvents)).sort((a, b) => a.id - b.id).map((event) => `${event.kind} ${event.title}`);

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 4).toString("base64");
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
    for (const table of [alertEvents, attentionAlerts, attentionJudgements, alertMutes]) await database.db.delete(table);
  });

  it("records the first complete evaluation as the baseline, and sends neither those items nor their clearing", async () => {
    expect(await record(T0, [item("a"), item("b")])).toMatchObject({ locked: true, baseline: true, entered: 2 });
    expect(await sent()).toEqual([]);
    expect(await record(T0 + 60_000, [item("b"), item("c")])).toMatchObject({ baseline: false, entered: 1, cleared: 1 });
    expect(await sent()).toEqual(["down c is down"]);
    // b was already so when alerting began: its clearing is not news either; c's is.
    await record(T0 + 120_000, []);
    expect(await sent()).toEqual(["down c is down", "up c is down"]);
    // a, gone in between, is new when it comes back.
    await record(T0 + 180_000, [item("a")]);
    expect(await sent()).toEqual(["down c is down", "up c is down", "down a is down"]);
  });

  it("queues each event for the channels that are on, with a message saying what, where and since when", async () => {
    await record(T0, []);
    await record(T0 + 60_000, [item("a", { since: new Date(T0 + 30_000).toISOString() })]);
    const [event] = await database.db.select().from(alertEvents);
    expect(event).toMatchObject({ kind: "down", vendor: "megaport", rule: "megaport.service_down", itemId: item("a").id, severity: "critical", connectionId: CONN.id, deliveryStatus: "pending", deviceName: null });
    expect(Object.values(event!.deliveries).map((delivery) => [delivery.channel, delivery.status])).toEqual([["On", "pending"]]);
    expect(event!.message).toBe('a is down: Port is LIVE but not up.\nCritical · Megaport, connection "Megaport (environment)" · needs attention since 2026-11-02T12:00:30Z.');
    await record(T0 + 41 * 60_000, []);
    const cleared = (await database.db.select().from(alertEvents)).find((row) => row.kind === "up");
    expect(cleared!.message).toBe('Clear again: a is down (Port is LIVE but not up), after 40 min.\nMegaport, connection "Megaport (environment)" · entered 2026-11-02T12:01:00Z, cleared 2026-11-02T12:41:00Z.');
  });

  it("while the connection cannot be read, alerts that it fails and clears nothing else; a failing start is still the baseline", async () => {
    await record(T0, [failing], "failed");
    await record(T0 + 60_000, [failing], "failed");
    expect(await sent()).toEqual([]);
    // Its first complete evaluation completes the baseline: nothing of what it finds is news, nor that it works again.
    await record(T0 + 120_000, [item("a"), item("b")]);
    expect(await sent()).toEqual([]);
    await record(T0 + 180_000, [failing], "failed");
    expect(await sent()).toEqual(["down Connection Megaport (environment) is failing"]);
    // Read again: it works, and b (of the baseline) has gone meanwhile, quietly; c is new.
    await record(T0 + 240_000, [item("a"), item("c")]);
    expect(await sent()).toEqual(["down Connection Megaport (environment) is failing", "up Connection Megaport (environment) is failing", "down c is down"]);
  });

  it("ignores an evaluation older than the last one applied, and one applied already", async () => {
    await record(T0, []);
    await record(T0 + 60_000, [item("a")]);
    expect(await record(T0 + 30_000, [])).toMatchObject({ locked: true, stale: true, cleared: 0 });
    expect(await record(T0 + 60_000, [item("a")])).toMatchObject({ stale: true, entered: 0 });
    expect(await sent()).toEqual(["down a is down"]);
  });

  it("sends nothing about a Nettica device down: the Nettica monitor alerts on its VPNs", async () => {
    const nettica = { id: "nettica-1", key: "nettica-1", name: "Nettica" };
    const down = { ...item("gw"), vendor: "nettica" as const, kind: "nettica.device_down" as const, id: "nettica/nettica-1/device_down/gw" };
    const disabled = { ...item("vpn"), vendor: "nettica" as const, kind: "nettica.vpn_disabled" as const, id: "nettica/nettica-1/vpn_disabled/vpn", title: "VPN vpn is disabled" };
    const at = (ms: number, items: TAttentionItem[]) => recordAttentionTransitions(database.db, nettica, { ...evaluation(ms, items), vendor: "nettica" });
    await at(T0, []);
    await at(T0 + 60_000, [down, disabled]);
    expect(await sent()).toEqual(["down VPN vpn is disabled"]);
  });

  it("records each transition once when instances apply evaluations at the same moment", async () => {
    const other = database.kind === "pglite" ? database : await secondInstanceOf(database);
    try {
      await record(T0, []);
      const items = Array.from({ length: 40 }, (_, n) => item(`s${n}`));
      const results = await Promise.all([record(T0 + 60_000, items), record(T0 + 60_000, items, "ok", other.db), record(T0 + 60_001, items, "ok", other.db), record(T0 + 59_999, items)]);
      expect(results.reduce((sum, result) => sum + result.entered, 0)).toBe(40);
      await Promise.all([record(T0 + 120_000, [], "ok", other.db), record(T0 + 120_000, []), record(T0 + 120_001, [])]);
      const events = await sent();
      expect(events.filter((line) => line.startsWith("down"))).toHaveLength(40);
      expect(events.filter((line) => line.startsWith("up"))).toHaveLength(40);
      expect(new Set(events).size).toBe(80);
    } finally {
      if (other !== database) await other.close();
    }
  });

  it("keeps a muted rule's transitions as muted events, sent nowhere, and does not send the clearing of what entered muted", async () => {
    const mute = (connectionId: string | null, untilMs: number) => database.db.insert(alertMutes).values({ rule: "megaport.service_down", connectionId, until: new Date(untilMs), createdBy: "ops@example.test" });
    await record(T0, [item("a")]);
    await mute(CONN.id, T0 + 3_600_000);
    await mute("another-connection", T0 + 10 * 3_600_000);
    await record(T0 + 60_000, [item("b")]);
    await record(T0 + 120_000, [item("b"), failing]);
    // The mute has ended: b, which entered muted, clears quietly; c is news again.
    await record(T0 + 2 * 3_600_000, [failing]);
    await record(T0 + 2 * 3_600_000 + 60_000, [failing, item("c")]);
    const events = (await database.db.select().from(alertEvents)).sort((x, y) => x.id - y.id);
    expect(events.map((event) => [event.kind, event.title, event.muted, event.deliveryStatus, Object.keys(event.deliveries).length])).toEqual([
      ["down", "b is down", true, "done", 0],
      ["down", "Connection Megaport (environment) is failing", false, "pending", 1],
      ["down", "c is down", false, "pending", 1],
    ]);
  });
});
