import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZMegaportCompanyReply, ZMegaportLoginReply } from "./account-schemas";
import { ZMegaportProduct, ZMegaportProductsReply } from "./schemas";

/** A real recorded GET /v2/products answer, kept in shared/ beside the repository. */
const FIXTURES = path.resolve(import.meta.dirname, "../../../../shared/fixtures/megaport");
const readFixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8"));

type TRawProduct = Record<string, unknown> & { associatedVxcs: Record<string, unknown>[] };

describe("Megaport schemas on the recorded products", () => {
  const raw = readFixture("products-v2.json") as { data: TRawProduct[] };
  const reply = ZMegaportProductsReply.parse(raw);

  it("parses all 455 products with their counts per type", () => {
    expect(reply.message).toBe("Found 455 Products");
    expect(reply.terms).toMatch(/Acceptable Use Policy/);
    expect(reply.data).toHaveLength(455);
    const perType = Object.fromEntries(["MEGAPORT", "MCR2", "MVE"].map((type) => [type, reply.data.filter((p) => p.productType === type).length]));
    expect(perType).toEqual({ MEGAPORT: 236, MCR2: 113, MVE: 106 });
    const perStatus = Object.fromEntries(["LIVE", "CONFIGURED", "NEW", "DECOMMISSIONED"].map((s) => [s, reply.data.filter((p) => p.provisioningStatus === s).length]));
    expect(perStatus).toEqual({ LIVE: 37, CONFIGURED: 12, NEW: 1, DECOMMISSIONED: 405 });
    expect(reply.data.flatMap((p) => p.associatedVxcs)).toHaveLength(491);
  });

  it("keeps every field the pages show: name, type, status, speed, location, contract dates, VXC ends", () => {
    reply.data.forEach((product, index) => {
      const source = raw.data[index];
      expect(product.productName).toBe(source.productName);
      expect(product.productType).toBe(source.productType);
      expect(product.provisioningStatus).toBe(source.provisioningStatus);
      expect(product.portSpeed).toBe(source.portSpeed);
      expect(product.locationDetail).toEqual(source.locationDetail);
      expect(product.contractStartDate).toBe(source.contractStartDate);
      expect(product.contractEndDate).toBe(source.contractEndDate);
      expect(product.contractTermMonths).toBe(source.contractTermMonths);
      expect(product.liveDate).toBe(source.liveDate);
      product.associatedVxcs.forEach((vxc, v) => {
        const sourceVxc = source.associatedVxcs[v] as { aEnd: Record<string, unknown>; bEnd: Record<string, unknown>; rateLimit: number };
        expect(vxc.rateLimit).toBe(sourceVxc.rateLimit);
        for (const end of ["aEnd", "bEnd"] as const) {
          expect(vxc[end].productUid).toBe(sourceVxc[end].productUid);
          expect(vxc[end].productName).toBe(sourceVxc[end].productName);
          expect(vxc[end].locationId).toBe(sourceVxc[end].locationId);
          expect(vxc[end].vlan).toBe(sourceVxc[end].vlan);
        }
      });
    });
    const mve = reply.data.find((p) => p.productType === "MVE")!;
    expect(mve).toMatchObject({ portSpeed: null, mveSize: expect.any(String), vendor: expect.any(String) });
    // Unknown fields pass through untouched.
    expect(reply.data[0].market).toBe(raw.data[0].market);
    expect((reply.data[0] as Record<string, unknown>).vxcPermitted).toBe(raw.data[0].vxcPermitted);
  });

  it("parses the one-per-kind sample and tolerates missing optional fields", () => {
    const sample = ZMegaportProductsReply.parse(readFixture("products-v2-sample.json"));
    expect(sample.data.map((p) => p.productType)).toContain("MVE");
    const sparse = ZMegaportProduct.parse({ productUid: "x", productName: "bare port", productType: "MEGAPORT", provisioningStatus: "DESIGN" });
    expect(sparse).toMatchObject({ portSpeed: null, contractEndDate: null, associatedVxcs: [], resources: {}, up: null });
  });
});

describe("Megaport account payloads", () => {
  it("reads the /v2/login envelope, the seed's bare login object and the v3 shape (permissions keyed by company uid, expiryDate \"\")", () => {
    const v2 = ZMegaportLoginReply.parse({ message: "Login successfully", data: { session: "s-1", companyId: 1187, permissions: { "1187": ["company_admin"] } } });
    expect(v2).toMatchObject({ session: "s-1", companyId: 1187, companyUid: null, permissions: { "1187": ["company_admin"] }, expiryDate: null });
    expect(ZMegaportLoginReply.parse({ session: "s-2", companyId: "203", username: "example" })).toMatchObject({ session: "s-2", companyId: 203, permissions: {} });
    const v3 = ZMegaportLoginReply.parse({
      data: { session: "s-3", companyId: 1269, companyUid: "bec27ded", permissions: { bec27ded: ["end_user"] }, expiryDate: "", loginDate: 1644820229860, oAuthToken: { expiresIn: 1000 } },
    });
    expect(v3).toMatchObject({ companyId: 1269, companyUid: "bec27ded", permissions: { bec27ded: ["end_user"] }, expiryDate: null, loginDate: 1644820229860 });
  });

  it("reads a company from the legacy /secure call bare, or inside the envelope", () => {
    const company = { companyId: 1187, companyUid: "c-1", companyName: "Northwind Interconnect", legalName: "Northwind Interconnect Pty Ltd" };
    expect(ZMegaportCompanyReply.parse(company)).toMatchObject(company);
    expect(ZMegaportCompanyReply.parse({ message: "Company details", terms: "AUP", data: company })).toMatchObject(company);
  });
});
