import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TAttentionItem, TConnectionAttention } from "@/lib/attention/attention-types";
import { ZHistoryQuery } from "@/lib/attention/history-schemas";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { alertEvents, alertMutes, attentionAlerts, attentionEpisodes, attentionJudgements, monitorState } from "../db/schema";
import { testDatabases } from "../db/test-databases";
import { recordObservations } from "../monitor/record-observations";
import type { TVpnObservation } from "../monitor/watched-vpns";
import { attentionHistory } from "./attention-history";
import { recordAttentionTransitions } from "./record-attention-transitions";
import { backgroundSettled } from "../background-work";

const T0 = Date.UTC(2026, 10, 2, 10, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const CONN = { id: "env:megaport", key: "env:megaport@3", name: "Megaport (environment)" };
const item = (subject: string, kind: TAttentionItem["kind"] = "megaport.service_down"): TAttentionItem => ({
  id: `megaport/env%3Amegaport/${kind.split(".")[1]}/${subject}`,
  vendor: "megaport",
  connectionId: CONN.id,
  connectionName: CONN.name,
  kind,
  severity: "critical",
  title: `${subject} is down`,
  detail: "Port is LIVE but not up",
  href: `/megaport/services/${subject}?connection=env%3Amegaport`,
  since: null,
});
const evaluation = (at: number, items: TAttentionItem[], state: "ok" | "failed" = "ok"): TConnectionAttention => ({
  vendor: "megaport",
  connection: { id: CONN.id, name: CONN.name, state, error: state === "ok" ? null : "Megaport answered 503", checkedAt: new Date(at).toISOString() },
  items,
});
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(testDatabases())("the attention history on $name", ({ open }) => {
  let database: TDatabase;
  const record = (at: number, items: TAttentionItem[], state: "ok" | "failed" = "ok") => recordAttentionTransitions(database.db, CONN, evaluation(at, items, state));
  const history = (now: number, query: Record<string, string> = {}) => attentionHistory(database.db, ZHistoryQuery.parse(query), now);
  const megaport = async (now: number, query: Record<string, string> = {}) => (await history(now, { vendor: "megaport", ...query })).vendors[0]!;
  const lines = async (now: number, query: Record<string, string> = {}) => (await megaport(now, query)).episodes.map((e) => `${e.title} ${e.start} – ${e.end ?? "now"}${e.muted ? " (muted)" : ""}`);

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 5).toString("base64");
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    await backgroundSettled();
    useDatabaseForTests(undefined);
    await database.close();
  });
  beforeEach(async () => {
    for (const table of [alertEvents, attentionAlerts, attentionJudgements, alertMutes, attentionEpisodes, monitorState]) await database.db.delete(table);
  });

  it("pairs each entering with its leaving, newest first, the baseline included and what still stands open", async () => {
    await record(T0, [item("a")]);
    await record(T0 + 2 * MINUTE, [item("a"), item("b")]);
    await record(T0 + 41 * MINUTE, [item("b")]);
    // A failed read clears nothing, so it ends no episode either.
    await record(T0 + 50 * MINUTE, [], "failed");
    await record(T0 + 60 * MINUTE, [item("b"), item("a")]);
    expect(await lines(T0 + 2 * HOUR)).toEqual([
      `a is down ${iso(T0 + 60 * MINUTE)} – now`,
      `b is down ${iso(T0 + 2 * MINUTE)} – now`,
      `a is down ${iso(T0)} – ${iso(T0 + 41 * MINUTE)}`,
    ]);
    const [latest] = (await megaport(T0 + 2 * HOUR)).episodes;
    expect(latest).toMatchObject({ itemId: item("a").id, kind: "megaport.service_down", severity: "critical", connectionId: CONN.id, connectionName: CONN.name, href: item("a").href, end: null });
  });

  it("keeps a muted rule's episodes though no alert went out and no clearing was recorded", async () => {
    await record(T0, []);
    await database.db.insert(alertMutes).values({ rule: "megaport.service_down", connectionId: null, until: new Date(T0 + DAY), createdBy: "ops@patchbay.test" });
    await record(T0 + MINUTE, [item("c")]);
    await record(T0 + 20 * MINUTE, []);
    expect((await database.db.select().from(alertEvents)).map((event) => [event.kind, event.muted])).toEqual([["down", true]]);
    expect(await lines(T0 + HOUR)).toEqual([`c is down ${iso(T0 + MINUTE)} – ${iso(T0 + 20 * MINUTE)} (muted)`]);
  });

  it("shows an episode that began before the range with its real start, even one held from before history was kept, and leaves out one that ended before the range", async () => {
    await record(T0 - 20 * DAY, []);
    await record(T0 - 10 * DAY, [item("old")]);
    await record(T0 - 8 * DAY, [item("old"), item("long")]);
    // As a console older than the history left it: alert rows (one more, "before"), and no episode.
    await database.db.insert(attentionAlerts).values({ connectionKey: CONN.key, itemId: item("before").id, connectionId: CONN.id, vendor: "megaport", kind: "megaport.service_down", severity: "critical", title: "before is down", detail: "", href: item("before").href, enteredAt: new Date(T0 - 9 * DAY), announced: true });
    await database.db.delete(attentionEpisodes);
    // "before" leaves without a known start: it is dated from when the pass held it as entered; what stays is taken up again.
    await record(T0 - 7 * DAY, [item("old"), item("long")]);
    await record(T0 - 2 * DAY, [item("old")]);
    expect(await lines(T0)).toEqual([
      `long is down ${iso(T0 - 8 * DAY)} – ${iso(T0 - 2 * DAY)}`,
      `before is down ${iso(T0 - 9 * DAY)} – ${iso(T0 - 7 * DAY)}`,
      `old is down ${iso(T0 - 10 * DAY)} – now`,
    ]);
    // Over the last day: only what still stands.
    expect(await lines(T0, { days: "1" })).toEqual([`old is down ${iso(T0 - 10 * DAY)} – now`]);
  });

  it("lists at most 50 per vendor, newest first, and says how many there were", async () => {
    await record(T0, []);
    for (let n = 0; n < 60; n++) await record(T0 + (n + 1) * MINUTE, [item(`s${n}`)]);
    const section = await megaport(T0 + 2 * HOUR);
    expect(section.total).toBe(60);
    expect(section.episodes).toHaveLength(50);
    expect(section.episodes[0]!.title).toBe("s59 is down");
    const all = await history(T0 + 2 * HOUR);
    expect(all.vendors.map((vendor) => [vendor.vendor, vendor.total])).toEqual([["nettica", 0], ["acreto", 0], ["provision", 0], ["n2n", 0], ["megaport", 60]]);
    expect(all).toMatchObject({ days: 7, since: iso(T0 + 2 * HOUR - 7 * DAY) });
  });

  it("records the Nettica monitor's VPNs down and up as episodes, apart from the attention items of the same connection", async () => {
    const nettica = { id: "env:nettica", stateKey: "env:nettica@7", name: "Nettica (environment)" };
    const vpn = (health: TVpnObservation["health"]): TVpnObservation => ({ deviceId: "device-1", deviceName: "lon-gw-01", vpnId: "vpn-1", vpnName: "lon", netName: "hq", health, lastSeenMs: T0 });
    const netticaItem: TAttentionItem = { ...item("x"), id: "nettica/env%3Anettica/vpn_disabled/vpn-2", vendor: "nettica", kind: "nettica.vpn_disabled", title: "VPN other is disabled", connectionId: nettica.id };
    const judge = (at: number, items: TAttentionItem[]) => recordAttentionTransitions(database.db, { id: nettica.id, key: nettica.stateKey, name: nettica.name }, { ...evaluation(at, items), vendor: "nettica" });
    await recordObservations(database.db, nettica, [vpn("up")], new Date(T0));
    await judge(T0, [netticaItem]);
    await recordObservations(database.db, nettica, [vpn("down")], new Date(T0 + 2 * MINUTE));
    // The attention pass holds no VPN: it must not end the monitor's episode, nor the monitor the pass's.
    await judge(T0 + 3 * MINUTE, [netticaItem]);
    await recordObservations(database.db, nettica, [vpn("down")], new Date(T0 + 4 * MINUTE));
    await recordObservations(database.db, nettica, [vpn("up")], new Date(T0 + 41 * MINUTE));
    const section = (await history(T0 + HOUR, { vendor: "nettica" })).vendors[0]!;
    expect(section.episodes.map((e) => [e.title, e.kind, e.start, e.end])).toEqual([
      ["VPN lon on lon-gw-01 is down", "nettica.vpn_down", iso(T0 + 2 * MINUTE), iso(T0 + 41 * MINUTE)],
      ["VPN other is disabled", "nettica.vpn_disabled", iso(T0), null],
    ]);

    // Down since before the history was kept, then up: the episode is written whole, from when the monitor saw it go down.
    await recordObservations(database.db, nettica, [vpn("down")], new Date(T0 + 50 * MINUTE));
    await database.db.delete(attentionEpisodes).where(eq(attentionEpisodes.rule, "nettica.vpn_down"));
    await recordObservations(database.db, nettica, [vpn("up")], new Date(T0 + 55 * MINUTE));
    expect((await history(T0 + HOUR, { vendor: "nettica" })).vendors[0]!.episodes.map((e) => [e.kind, e.start, e.end])).toEqual([
      ["nettica.vpn_down", iso(T0 + 50 * MINUTE), iso(T0 + 55 * MINUTE)],
      ["nettica.vpn_disabled", iso(T0), null],
    ]);
  });
});
