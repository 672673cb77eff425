// The one search's server time over a full index: 10,000 Nettica devices, 2,000 ProVision blocks,
// 5,000 N2N devices and the 455 recorded Megaport products (with their VXCs and IXs), on each database.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { useDatabaseForTests as pointProcessAt } from "../../lib/server/db/client";
import { forgetSearchEntries } from "../../lib/server/search/forget-search-entries";
import { refreshSearchIndex } from "../../lib/server/search/refresh-search-index";
import { searchConnections } from "../../lib/server/search/search-everything";
import { megaportServiceEntries } from "../../lib/server/search/megaport-entries";
import { n2nDeviceEntries } from "../../lib/server/search/n2n-entries";
import { netticaDeviceEntries } from "../../lib/server/search/nettica-entries";
import { provisionBlockEntries } from "../../lib/server/search/provision-entries";
import type { TSearchEntry } from "../../lib/server/search/search-entry";
import type { TUpstreamConnection } from "../../lib/server/upstream/types";
import { ZMegaportProductsReply } from "../../lib/vendors/megaport/schemas";
import type { TN2nDeviceRow } from "../../lib/vendors/n2n/schemas";
import type { TNetticaDevice } from "../../lib/vendors/nettica/schemas";
import { ZProvisionBlock } from "../../lib/vendors/provision/schemas";
import { percentile, type TBenchResult } from "./measure";
import { backends } from "./shared-state";

const NETTICA_DEVICES = 10_000;
const AGGREGATES = 20;
const BLOCKS_PER_AGGREGATE = 99;
const N2N_DEVICES = 5_000;
const ROUNDS = 20;
const MEGAPORT_RECORDING = path.resolve(import.meta.dirname, "../../../shared/fixtures/megaport/products-v2.json");

/** Every device of the simulator's sample again and again, each with its own name, endpoint and address. */
function netticaDevices(sample: readonly TNetticaDevice[]): TNetticaDevice[] {
  return Array.from({ length: NETTICA_DEVICES }, (_, i) => {
    const device = sample[i % sample.length]!;
    const host = `10.${(i >> 8) & 255}.${i & 255}`;
    const vpns = device.vpns.map((vpn, v) => ({ ...vpn, name: `${vpn.name}-${i}`, current: vpn.current && { ...vpn.current, endpoint: vpn.current.endpoint && `${host}.${v + 1}:51820`, address: [`100.64.${(i >> 8) & 255}.${i & 255}/32`] } }));
    return { ...device, id: `device-${i}`, name: `${device.name}-${i}`, vpns };
  });
}

/** AGGREGATES /16s, each split into /24s assigned to customers: 2,000 blocks as ProVision lists them. */
function provisionBlocks() {
  const raw: Record<string, unknown>[] = [];
  for (let a = 0; a < AGGREGATES; a++) {
    const aggregateId = a * 1_000 + 1;
    raw.push({ id: aggregateId, cidr: `10.${100 + a}.0.0/16`, type: "ipv4", parent: null, top_aggregate: aggregateId, is_aggregate: 1 });
    for (let b = 0; b < BLOCKS_PER_AGGREGATE; b++) {
      raw.push({ id: aggregateId + 1 + b, cidr: `10.${100 + a}.${b}.0/24`, type: "ipv4", parent: aggregateId, top_aggregate: aggregateId, is_assigned: 1, resource_id: b, resource_name: `Customer ${a}-${b}` });
    }
  }
  return z.array(ZProvisionBlock).parse(raw);
}

function n2nDevices(): TN2nDeviceRow[] {
  return Array.from({ length: N2N_DEVICES }, (_, i) => ({
    deviceId: `70B3D57ED0${i.toString(16).toUpperCase().padStart(6, "0")}`,
    network: "loraWan",
    name: `sensor-${i}`,
    enterpriseId: "bench",
    groupIdList: [],
    deviceType: "temperature",
    enrolment: { class: "A", mode: "otaa", appEui: null, nwAddress: null },
    createdAt: null,
    lastOnline: null,
  }));
}

export async function searchOverFullIndex(netticaSample: readonly TNetticaDevice[]): Promise<TBenchResult[]> {
  const products = ZMegaportProductsReply.parse(JSON.parse(fs.readFileSync(MEGAPORT_RECORDING, "utf8"))).data;
  const connection = (vendor: TUpstreamConnection["vendor"]): TUpstreamConnection => ({ id: randomUUID(), version: 1, vendor, name: `bench ${vendor}`, baseUrl: "http://bench.invalid", values: {} });
  const connections = [connection("nettica"), connection("provision"), connection("n2n"), connection("megaport")];
  const [nettica, provision, n2n, megaport] = connections as [TUpstreamConnection, TUpstreamConnection, TUpstreamConnection, TUpstreamConnection];
  const entries = new Map<TUpstreamConnection, TSearchEntry[]>([
    [nettica, netticaDeviceEntries(nettica.id, netticaDevices(netticaSample))],
    [provision, provisionBlockEntries(provision.id, provisionBlocks())],
    [n2n, n2nDeviceEntries(n2n.id, n2nDevices())],
    [megaport, megaportServiceEntries(megaport.id, products)],
  ]);
  const count = [...entries.values()].reduce((sum, list) => sum + list.length, 0);
  const valueOf = (list: readonly TSearchEntry[], label: string, nth: number) => list.flatMap((entry) => entry.fields.filter(([name]) => name === label).map(([, value]) => value))[nth]!;
  const netticaList = entries.get(nettica)!;
  const blockCidr = `10.${100 + AGGREGATES - 1}.42.0/24`;
  // What each query must find first in its vendor's group; a word in thousands of names and a word in none need only answer.
  const queries: { q: string; first?: string }[] = [
    { q: netticaList[9_876]!.title, first: netticaList[9_876]!.title },
    { q: valueOf(netticaList, "endpoint", 1_234), first: netticaList.find((entry) => entry.fields.some(([, value]) => value === valueOf(netticaList, "endpoint", 1_234)))!.title },
    { q: `10.${100 + AGGREGATES - 1}.42.77`, first: blockCidr },
    { q: valueOf(entries.get(n2n)!, "DevEUI", 4_321), first: "sensor-4321" },
    { q: valueOf(entries.get(megaport)!, "UID", 300), first: entries.get(megaport)![300]!.title },
    { q: "sensor" },
    { q: "zzz-nothing-like-this" },
  ];

  const results: TBenchResult[] = [];
  for (const backend of backends().filter((b) => b.name !== "memory only")) {
    const database = (await backend.open())!;
    pointProcessAt(database);
    try {
      let started = performance.now();
      for (const [target, list] of entries) await refreshSearchIndex(target, { force: true, read: async () => list });
      const fillMs = performance.now() - started;
      const times: number[] = [];
      const byQuery = new Map<string, number[]>();
      const missed: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const { q, first } of queries) {
          started = performance.now();
          const { answer } = await searchConnections(connections, q, "viewer");
          times.push(performance.now() - started);
          byQuery.set(q, [...(byQuery.get(q) ?? []), times.at(-1)!]);
          if (round === 0 && first && !answer.groups.some((group) => group.hits[0]?.title === first)) missed.push(q);
        }
      }
      const median = percentile(times, 50);
      const [slowest, slowestTimes] = [...byQuery].sort(([, a], [, b]) => percentile(b, 50) - percentile(a, 50))[0]!;
      results.push({
        name: `search over ${count.toLocaleString("en")} entries, ${backend.name}, median of ${times.length} (p95 ${percentile(times, 95).toFixed(1)} ms; slowest "${slowest}" ${percentile(slowestTimes, 50).toFixed(1)} ms; ${missed.length ? `NOT FOUND FIRST: ${missed.join(", ")}` : "each found its item first"}; index filled in ${fillMs.toFixed(0)} ms)`,
        value: median,
        unit: "ms",
        target: "< 50 ms",
        ok: median < 50 && missed.length === 0,
      });
    } finally {
      // The bench's rows do not stay in a shared Postgres.
      for (const target of connections) await forgetSearchEntries(target.id);
      pointProcessAt(undefined);
      await database.close();
    }
  }
  return results;
}
