import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZMegaportProductsReply } from "./schemas";
import { countServices } from "./service-counts";
import { DEFAULT_SERVICE_FILTER, filterServices, statusCounts, typeCounts } from "./service-filter";
import { toProductDetail, toServiceRow } from "./service-views";
import { ZMegaportProductDetail, ZMegaportServiceRow } from "./views";

/** The real recorded GET /v2/products answer (455 products), kept in shared/ beside the repository. */
const FIXTURE = path.resolve(import.meta.dirname, "../../../../shared/fixtures/megaport/products-v2.json");

type TRawEnd = { productUid: string; productName: string; vlan: number | null; locationDetail: { name: string } | null };
type TRawVxc = { productUid: string; productName: string; provisioningStatus: string; rateLimit: number; up: boolean | null; aEnd: TRawEnd; bEnd: TRawEnd };
type TRawProduct = {
  productUid: string;
  productName: string;
  productType: string;
  provisioningStatus: string;
  up: boolean | null;
  portSpeed: number | null;
  locationDetail: { name: string; city: string; country: string };
  contractTermMonths: number;
  contractEndDate: number | null;
  locked: boolean;
  adminLocked: boolean;
  companyName: string;
  associatedVxcs: TRawVxc[];
};

const raw = JSON.parse(readFileSync(FIXTURE, "utf8")) as { message: string; data: TRawProduct[] };
const reply = ZMegaportProductsReply.parse(raw);
const rows = reply.data.map(toServiceRow);

/** Counted straight from the JSON, without any of the console's code. */
function rawCount(key: (product: TRawProduct) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const product of raw.data) counts[key(product)] = (counts[key(product)] ?? 0) + 1;
  return counts;
}

describe("the services view model on the recorded 455 products", () => {
  it("has a row for every product and the right count per type and status", () => {
    expect(rows).toHaveLength(455);
    const counts = countServices(rows);
    expect(counts.byType).toEqual({ MEGAPORT: 236, MCR2: 113, MVE: 106 });
    expect(counts.byStatus).toEqual({ LIVE: 37, CONFIGURED: 12, NEW: 1, DECOMMISSIONED: 405 });
    expect(counts.byTypeAndStatus).toEqual({
      MEGAPORT: { LIVE: 8, CONFIGURED: 12, NEW: 1, DECOMMISSIONED: 215 },
      MCR2: { LIVE: 12, DECOMMISSIONED: 101 },
      MVE: { LIVE: 17, DECOMMISSIONED: 89 },
    });
    expect(counts.byTypeAndStatus.MEGAPORT).toEqual(
      Object.fromEntries(Object.entries(rawCount((p) => `${p.productType}/${p.provisioningStatus}`)).filter(([k]) => k.startsWith("MEGAPORT/")).map(([k, n]) => [k.split("/")[1], n])),
    );
    expect(counts.byStatus).toEqual(rawCount((p) => p.provisioningStatus));
    expect(counts.vxcs).toBe(491);
    expect(counts.vxcsByStatus).toEqual({ LIVE: 49, CONFIGURED: 5, DECOMMISSIONED: 437 });
    expect(counts.ixs).toBe(0);
  });

  it("loses none of the fields the table and detail pages show", () => {
    rows.forEach((row, index) => {
      const source = raw.data[index]!;
      ZMegaportServiceRow.parse(row);
      expect(row).toMatchObject({
        uid: source.productUid,
        name: source.productName,
        type: source.productType,
        status: source.provisioningStatus,
        up: source.up,
        speedMbps: source.portSpeed,
        location: { name: source.locationDetail.name, city: source.locationDetail.city, country: source.locationDetail.country },
        contractTermMonths: source.contractTermMonths,
        contractEndDate: source.contractEndDate,
        locked: source.locked,
        adminLocked: source.adminLocked,
        company: { name: source.companyName },
      });
      expect(row.vxcs).toHaveLength(source.associatedVxcs.length);
      row.vxcs.forEach((vxc, v) => {
        const sourceVxc = source.associatedVxcs[v]!;
        expect(vxc).toMatchObject({ uid: sourceVxc.productUid, name: sourceVxc.productName, status: sourceVxc.provisioningStatus, rateLimitMbps: sourceVxc.rateLimit, up: sourceVxc.up });
        for (const end of ["aEnd", "bEnd"] as const) {
          expect(vxc[end]).toMatchObject({ productUid: sourceVxc[end].productUid, productName: sourceVxc[end].productName, vlan: sourceVxc[end].vlan });
          expect(vxc[end].location?.name ?? null).toBe(sourceVxc[end].locationDetail?.name ?? null);
        }
      });
    });
    const mve = rows.find((row) => row.type === "MVE" && row.status === "LIVE")!;
    expect(mve).toMatchObject({ speedMbps: null, mve: { vendor: expect.any(String), size: expect.any(String), label: expect.stringMatching(/^MVE \d+\/\d+$/) } });
  });

  it("hides the decommissioned by default, counts them, and filters to live MCRs", () => {
    const shown = filterServices(rows, DEFAULT_SERVICE_FILTER);
    expect(shown).toHaveLength(455 - 405);
    expect(statusCounts(rows, DEFAULT_SERVICE_FILTER)).toMatchObject({ current: 50, all: 455, DECOMMISSIONED: 405, LIVE: 37 });
    // Decommissioned VXCs under a live service stay hidden too, until decommissioned services are shown.
    expect(shown.flatMap((match) => match.vxcs).every((vxc) => vxc.status !== "DECOMMISSIONED")).toBe(true);

    const liveMcrs = filterServices(rows, { ...DEFAULT_SERVICE_FILTER, type: "MCR2", status: "LIVE" });
    expect(liveMcrs).toHaveLength(12);
    expect(typeCounts(rows, { ...DEFAULT_SERVICE_FILTER, status: "LIVE" })).toEqual({ all: 37, MEGAPORT: 8, MCR2: 12, MVE: 17 });
  });

  it("searches by name or UID, and keeps a service for a matching VXC", () => {
    const target = rows.find((row) => row.status === "LIVE" && row.vxcs.some((vxc) => vxc.status === "LIVE"))!;
    expect(filterServices(rows, { ...DEFAULT_SERVICE_FILTER, search: target.uid.toUpperCase() }).map((m) => m.service.uid)).toEqual([target.uid]);
    const vxc = target.vxcs.find((v) => v.status === "LIVE")!;
    const byVxc = filterServices(rows, { ...DEFAULT_SERVICE_FILTER, search: vxc.uid });
    expect(byVxc).toContainEqual({ service: target, vxcs: [vxc], ixs: [], childMatched: true });
    // A VXC between two services of the account is listed under both of its ends.
    for (const match of byVxc) {
      expect(match.vxcs.map((v) => v.uid)).toEqual([vxc.uid]);
      expect([vxc.aEnd.productUid, vxc.bEnd.productUid]).toContain(match.service.uid);
    }
  });

  it("shows technical resources without the BGP passwords and cloud keys in them", () => {
    const secrets = new Set<string>();
    JSON.stringify(raw, (key, value: unknown) => {
      if (/^(authKey|auth_key|password|pairingKey|service_key)$/.test(key) && typeof value === "string" && value.length > 3) secrets.add(value);
      return value;
    });
    expect(secrets.size).toBeGreaterThan(2);
    const details = reply.data.map(toProductDetail);
    const json = JSON.stringify(details);
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/authKey|auth_key|"password|pairingKey|service_key/);

    details.forEach((detail) => ZMegaportProductDetail.parse(detail));
    const mcr = details.find((d) => d.type === "MCR2" && d.status === "LIVE")!;
    expect(mcr.resources.map((r) => r.name)).toEqual(["interface", "virtual_router"]);
    expect(mcr.resources[1]!.fields).toContainEqual(["mcrAsn", "133937"]);
    const aws = details.flatMap((d) => d.vxcs).find((v) => v.resources.some((r) => r.fields.some(([k, val]) => k === "connectType" && val === "AWS")))!;
    const csp = aws.resources.find((r) => r.name.startsWith("csp_connection"))!;
    expect(csp.fields.map(([k]) => k)).toEqual(expect.arrayContaining(["connectType", "vlan"]));
    expect(aws.resources.find((r) => r.name === "vll")!.fields).toContainEqual(["a_vlan", String(aws.aEnd.vlan)]);
  });
});
