import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TAttentionItem } from "@/lib/attention/attention-types";
import { unassign } from "@/lib/vendors/provision/client";
import { netticaOperations } from "@/lib/vendors/nettica/operations";
import type { TNetticaDeviceList } from "@/lib/vendors/nettica/schemas";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { createConnection, upstreamConnection } from "../connections";
import { getDb } from "../db/client";
import { openDatabase } from "../db/open-database";
import { monitorState } from "../db/schema";
import { suiteDatabase } from "../db/test-databases";
import { runMonitorOnce } from "../monitor/run-monitor-once";
import { callOperation } from "../operations/testing/call-operation";
import { saveThresholds } from "./attention-thresholds";
import { connectionAttention } from "./connection-attention";

// An admin's threshold applies at the very next evaluation: no refresh interval, no device scan
// interval to wait for. Only Date is faked (as in attention-overview.test.ts), so sockets work.
vi.hoisted(() => vi.useFakeTimers({ toFake: ["Date"], now: Date.now() }));
// No N2N signal reads after a scan: on this stopped clock the quota's next window never comes, and they are the fleet index's own test.
vi.hoisted(() => (process.env.N2N_SIGNAL_READS_PER_SCAN = "0"));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const ofKind = (items: readonly TAttentionItem[], kind: string) => items.filter((item) => item.kind === kind);

describe("alert thresholds set per connection", () => {
  suiteDatabase(() => openDatabase({ dir: null }));
  let sims: TRunningSimulators;
  const ids = { nettica: "", provision: "", n2n: "" };

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
    sims = await startSimulators({ port: 0, seed: 17 });
    const { nettica, provision, n2n } = sims.credentials;
    ids.nettica = (await createConnection({ vendor: "nettica", name: "Nettica lab", baseUrl: sims.urls.nettica, values: { apiKey: nettica.apiKey }, clearSecrets: [] })).id;
    ids.provision = (await createConnection({ vendor: "provision", name: "IPAM", baseUrl: sims.urls.provision, values: { ...provision }, clearSecrets: [] })).id;
    ids.n2n = (await createConnection({ vendor: "n2n", name: "N2N sensors", baseUrl: sims.urls.n2n, values: { apiKey: n2n.apiKey, tps: String(n2n.tps), tpd: String(n2n.tpd) }, clearSecrets: [] })).id;
  });
  afterAll(async () => {
    vi.useRealTimers();
    await sims?.close();
  });

  it("shows a ProVision aggregate 85 % assigned only once the warning is lowered to 80 %, at the next evaluation, and critical from a lowered critical share", async () => {
    const connection = await upstreamConnection(ids.provision);
    const assigned = sims.simulators.provision.control.fillAggregate("203.0.113.0/24", 85)!;
    try {
      expect(ofKind((await connectionAttention(connection)).items, "provision.aggregate_full")).toEqual([]);
      await saveThresholds(await getDb(), connection, { fullWarningPercent: 80 }, "admin@patchbay.test");
      // No time has passed: the evaluation shared for 30 s was judged by the old thresholds and is not reused.
      expect(ofKind((await connectionAttention(connection)).items, "provision.aggregate_full")).toMatchObject([{ title: expect.stringMatching(/^203\.0\.113\.0\/24 is 8\d(\.\d)? % assigned$/), severity: "warning" }]);
      await saveThresholds(await getDb(), connection, { fullWarningPercent: 80, fullCriticalPercent: 85 }, "admin@patchbay.test");
      expect(ofKind((await connectionAttention(connection)).items, "provision.aggregate_full")).toMatchObject([{ severity: "critical" }]);
      // Back to the defaults: 85 % needs nobody again.
      await saveThresholds(await getDb(), connection, {}, "admin@patchbay.test");
      expect(ofKind((await connectionAttention(connection)).items, "provision.aggregate_full")).toEqual([]);
    } finally {
      for (const block of assigned) await unassign(connection, { block }, true);
    }
  });

  it("shows an N2N device silent for 3 h only once the connection's silence threshold is 2 h, without waiting for the next device scan", async () => {
    const connection = await upstreamConnection(ids.n2n);
    const device = sims.simulators.n2n.state.devices.find((d) => d.silentSince === undefined && d.enrolment && d.name)!;
    sims.simulators.n2n.control.silence(device.deviceId, Date.now() - 3 * HOUR);
    const silent = async () => ofKind((await connectionAttention(connection)).items, "n2n.device_silent").find((item) => item.title === `${device.name} is silent`);
    expect(await silent()).toBeUndefined();
    await saveThresholds(await getDb(), connection, { silentAfterHours: 2 }, "admin@patchbay.test");
    expect(await silent()).toMatchObject({ severity: "warning", detail: "last uplink 3 h ago" });
    sims.simulators.n2n.control.resume(device.deviceId);
  });

  it("judges a Nettica device down by the connection's own rule on the overview, in the VPN monitor and on the Nettica pages alike", async () => {
    const connection = await upstreamConnection(ids.nettica);
    const gateway = [...sims.simulators.nettica.state.devices.values()].find((device) => device.name === "nyc-gw-01")!;
    const monitored = async () => (await (await getDb()).select().from(monitorState).where(eq(monitorState.deviceId, gateway.id))).map((row) => row.state);
    const pageHealth = async () => ((await callOperation(netticaOperations, connection, "GET", "devices", { role: "viewer" })) as TNetticaDeviceList).devices.find((d) => d.id === gateway.id)!.health;
    const onOverview = async () => (await connectionAttention(connection)).items.some((item) => item.title === "nyc-gw-01 is down");

    await runMonitorOnce({ now: Date.now() });
    sims.simulators.nettica.control.takeDown(gateway.id);
    later(4 * MINUTE);
    await runMonitorOnce({ now: Date.now() });
    expect([await onOverview(), await pageHealth(), await monitored()]).toEqual([false, "up", expect.arrayContaining(["up"])]);

    await saveThresholds(await getDb(), connection, { downAfterSeconds: 180 }, "admin@patchbay.test");
    later(1_000);
    await runMonitorOnce({ now: Date.now() });
    expect([await onOverview(), await pageHealth(), await monitored()]).toEqual([true, "down", expect.arrayContaining(["down"])]);
    expect((await monitored()).every((state) => state === "down")).toBe(true);
    sims.simulators.nettica.control.bringUp(gateway.id);
  });
});
