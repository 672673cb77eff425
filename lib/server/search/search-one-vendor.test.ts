import { describe, expect, it } from "vitest";
import type { TRole } from "@/lib/role-names";
import type { TSearchAnswer } from "@/lib/search/search-types";
import { searchIndexState } from "../db/schema";
import { suiteDatabase, testDatabases } from "../db/test-databases";
import type { TUpstreamConnection } from "../upstream";
import { refreshSearchIndex, searchIndexKey } from "./refresh-search-index";
import type { TSearchEntry } from "./search-entry";
import { searchConnections } from "./search-everything";

// "Show all" in the palette: each vendor's total, and one vendor's hits up to a limit, over
// connections whose index is filled by hand (no vendor is called).
const connection = (id: string, vendor: TUpstreamConnection["vendor"]): TUpstreamConnection => ({ id, version: 1, vendor, name: `Probes ${id}`, baseUrl: `http://${id}.invalid`, values: {} });
const probe = (kind: TSearchEntry["kind"], title: string, role?: TRole): TSearchEntry => ({ kind, title, detail: "", href: `/probes/${title}`, fields: [["name", title]], role });
const probes = (kind: TSearchEntry["kind"], stem: string, count: number) => Array.from({ length: count }, (_, n) => probe(kind, `${stem}-${String(n + 1).padStart(2, "0")}`));
const shape = (answer: TSearchAnswer) => answer.groups.map((group) => [group.vendor, group.hits.length, group.total]);

describe.each(testDatabases())("the one search narrowed to one vendor, on $name", ({ open }) => {
  const database = suiteDatabase(open);
  const north = connection("north", "nettica");
  const south = connection("south", "nettica");
  const ports = connection("ports", "megaport");
  const search = async (role: TRole, scope: { vendor?: TUpstreamConnection["vendor"]; limit?: number } = {}, also: TUpstreamConnection[] = []) =>
    (await searchConnections([north, south, ports, ...also], "probe", role, scope)).answer;

  it("tells each vendor's total of what the role may open, beside its first 8", async () => {
    await refreshSearchIndex(north, { force: true, read: async () => probes("nettica.device", "probe-north", 12) });
    await refreshSearchIndex(south, { force: true, read: async () => [...probes("nettica.device", "probe-south", 3), probe("nettica.device", "probe-south-operators", "operator")] });
    await refreshSearchIndex(ports, { force: true, read: async () => probes("megaport.service", "probe-port", 2) });
    expect(shape(await search("viewer"))).toEqual([
      ["nettica", 8, 15],
      ["megaport", 2, 2],
    ]);
    expect(shape(await search("operator"))).toEqual([
      ["nettica", 8, 16],
      ["megaport", 2, 2],
    ]);
  });

  it("answers one vendor's hits from all its connections, up to the limit, in the same order, without pages", async () => {
    const every = await search("viewer");
    const nettica = await search("viewer", { vendor: "nettica", limit: 100 });
    expect(shape(nettica)).toEqual([["nettica", 15, 15]]);
    expect(nettica.pages).toEqual([]);
    expect(new Set(nettica.groups[0]!.hits.map((hit) => hit.connectionName))).toEqual(new Set(["Probes north", "Probes south"]));
    expect(nettica.groups[0]!.hits.slice(0, 8).map((hit) => hit.title)).toEqual(every.groups[0]!.hits.map((hit) => hit.title));
    expect(shape(await search("viewer", { vendor: "nettica", limit: 10 }))).toEqual([["nettica", 10, 15]]);
    expect(shape(await search("operator", { vendor: "nettica", limit: 100 }))).toEqual([["nettica", 16, 16]]);
    expect(shape(await search("viewer", { vendor: "megaport", limit: 1 }))).toEqual([["megaport", 1, 2]]);
    expect(shape(await search("viewer", { vendor: "acreto", limit: 100 }))).toEqual([]);
  });

  it("reads no other vendor's connection and names none of them as still being read", async () => {
    const unread = connection("unread", "megaport");
    const answer = await search("viewer", { vendor: "nettica", limit: 100 }, [unread]);
    expect(answer.indexing).toEqual([]);
    expect(answer.failing).toEqual([]);
    const states = await database().db.select().from(searchIndexState);
    expect(states.map((state) => state.connectionKey)).not.toContain(searchIndexKey(unread));
  });
});
