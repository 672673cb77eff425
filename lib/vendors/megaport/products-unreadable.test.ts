import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectUnreadable, describeUnreadable } from "@/lib/vendors/tolerant";
import { ZMegaportProductsReply } from "./schemas";
import { toProductDetail, toServiceRow } from "./service-views";

/** The real recorded GET /v2/products answers, kept in shared/ beside the repository (read, never copied). */
const FIXTURES = path.resolve(import.meta.dirname, "../../../../shared/fixtures/megaport");
type TRaw = Record<string, unknown>;
type TRawProduct = TRaw & { productUid: string; productType: string; associatedVxcs: (TRaw & { provisioningStatus: string; resources: TRaw | null })[] };
const readProducts = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")) as { message: string; data: TRawProduct[] };

const read = (reply: unknown) => collectUnreadable(() => ZMegaportProductsReply.parse(reply));
const DATE_KEYS = ["createDate", "terminateDate", "liveDate", "contractStartDate", "contractEndDate"] as const;
const iso = (value: unknown) => (typeof value === "number" ? new Date(value).toISOString() : value);

/**
 * The recording as other Megaport environments send it (what megaportgo reads): a gone VXC's vll
 * as [], a VXC's interface as a list, every other product and its VXCs dated with ISO strings (some
 * null), product types lower-case.
 */
function asOtherEnvironmentsSendIt(recording: { message: string; data: TRawProduct[] }) {
  const copy = structuredClone(recording);
  copy.data.forEach((product, index) => {
    product.productType = product.productType.toLowerCase();
    for (const vxc of product.associatedVxcs) {
      if (vxc.provisioningStatus === "DECOMMISSIONED") vxc.resources = { vll: [] };
      else if (vxc.resources) vxc.resources.interface = [{ resource_name: "interface", resource_type: "interface", up: 1 }];
    }
    if (index % 2 === 0) return;
    for (const line of [product, ...product.associatedVxcs]) for (const key of DATE_KEYS) if (key in line) line[key] = iso(line[key]);
    if (index % 4 === 1) product.contractEndDate = null;
  });
  return copy;
}

describe("no Megaport product is dropped that Patchbay can read", () => {
  const recording = readProducts("products-v2.json");

  it("reads all 455 recorded products and their 491 VXCs, leaving nothing out", () => {
    const { value, unreadable } = read(recording);
    expect(unreadable).toEqual([]);
    expect(value.data).toHaveLength(455);
    expect(value.data.flatMap((p) => p.associatedVxcs)).toHaveLength(491);
  });

  it("reads the one-per-kind sample, leaving nothing out", () => {
    const sample = readProducts("products-v2-sample.json");
    const { value, unreadable } = read(sample);
    expect(unreadable).toEqual([]);
    expect(value.data.map((p) => p.productType)).toEqual(sample.data.map((p) => p.productType));
    expect(value.data.map((p) => p.associatedVxcs.length)).toEqual(sample.data.map((p) => p.associatedVxcs.length));
  });

  it("reads them all with vll: [], interface lists, ISO and null dates and lower-case types mixed in, to the same dates and types", () => {
    const variant = asOtherEnvironmentsSendIt(recording);
    const { value, unreadable } = read(variant);
    expect(unreadable).toEqual([]);
    expect(value.data).toHaveLength(455);
    const original = read(recording).value.data;
    value.data.forEach((product, index) => {
      const before = original[index]!;
      expect(product.productType).toBe(before.productType);
      expect(product.createDate).toBe(before.createDate);
      expect(product.liveDate).toBe(before.liveDate);
      expect(product.contractEndDate).toBe(index % 4 === 1 ? null : before.contractEndDate);
      expect(product.associatedVxcs.map((v) => v.createDate)).toEqual(before.associatedVxcs.map((v) => v.createDate));
    });
    const gone = value.data.flatMap((p) => p.associatedVxcs).find((v) => v.provisioningStatus === "DECOMMISSIONED")!;
    expect((gone.resources as { vll: unknown }).vll).toEqual([]);
    // Every product still makes a table row and a detail page.
    value.data.forEach((product) => {
      expect(toServiceRow(product).uid).toBe(product.productUid);
      expect(toProductDetail(product).vxcs).toHaveLength(product.associatedVxcs.length);
    });
    const withGone = toProductDetail(value.data.find((p) => p.associatedVxcs.some((v) => v.provisioningStatus === "DECOMMISSIONED"))!);
    expect(withGone.vxcs.find((v) => v.status === "DECOMMISSIONED")!.resources.map((r) => r.name)).not.toContain("vll");
  });

  it("leaves one broken product out and keeps the other 454, saying which and why", () => {
    const broken = structuredClone(recording);
    const victim = broken.data[7]!;
    victim.provisioningStatus = { code: 7 };
    const { value, unreadable } = read(broken);
    expect(value.data).toHaveLength(454);
    expect(value.data.map((p) => p.productUid)).not.toContain(victim.productUid);
    expect(unreadable).toHaveLength(1);
    expect(describeUnreadable(unreadable[0]!)).toMatch(new RegExp(`^product 8 \\(${victim.productUid}\\): provisioningStatus — `));
  });

  it("leaves one broken VXC out of its product and keeps the product", () => {
    const broken = structuredClone(recording);
    const port = broken.data.find((p) => p.associatedVxcs.length > 1)!;
    const vxc = port.associatedVxcs[1]!;
    vxc.aEnd = "nowhere";
    const { value, unreadable } = read(broken);
    expect(value.data).toHaveLength(455);
    expect(value.data.find((p) => p.productUid === port.productUid)!.associatedVxcs).toHaveLength(port.associatedVxcs.length - 1);
    expect(unreadable.map(describeUnreadable)).toEqual([expect.stringMatching(new RegExp(`^VXC 2 \\(${String(vxc.productUid)}\\): aEnd — `))]);
  });
});
