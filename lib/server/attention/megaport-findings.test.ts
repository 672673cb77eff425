import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectUnreadable } from "@/lib/vendors/tolerant";
import { ZMegaportProductsReply } from "@/lib/vendors/megaport/schemas";
import { megaportServiceFindings } from "./megaport-findings";

/** The real recorded GET /v2/products answer (455 products), kept in shared/ beside the repository. */
const FIXTURE = path.resolve(import.meta.dirname, "../../../../shared/fixtures/megaport/products-v2.json");

describe("Megaport's rules on a real account's 455 products", () => {
  const { value: reply } = collectUnreadable(() => ZMegaportProductsReply.parse(JSON.parse(readFileSync(FIXTURE, "utf8"))));
  const findings = megaportServiceFindings("conn-1", reply.data);

  it("asks about the 13 ports and 5 VXCs on their way to LIVE, and about none of the 405 services gone on purpose", () => {
    const counts: Record<string, number> = {};
    for (const finding of findings) {
      const what = finding.detail.replace(/ on .*$/, "");
      counts[what] = (counts[what] ?? 0) + 1;
    }
    expect(counts).toEqual({ "Port is CONFIGURED": 12, "Port is NEW": 1, "VXC is CONFIGURED": 5 });
    expect(findings.every((finding) => finding.kind === "megaport.service_not_live")).toBe(true);
    expect(findings.every((finding) => finding.severity === "warning")).toBe(true);
  });

  it("shows services on their way to LIVE at once by default, and only after the connection's hours when it sets some", () => {
    expect(findings.every((finding) => finding.showAfterMs === undefined)).toBe(true);
    const patient = megaportServiceFindings("conn-1", reply.data, 6 * 3_600_000);
    expect(patient.map((finding) => finding.showAfterMs)).toEqual(findings.map(() => 6 * 3_600_000));
  });

  it("judges a VXC listed under both of its ends once, and links every item to its service page", () => {
    expect(new Set(findings.map((finding) => finding.subject)).size).toBe(findings.length);
    for (const finding of findings) expect(finding.href).toBe(`/megaport/services/${finding.subject}?connection=conn-1`);
  });

  it("calls a LIVE service that is not up down, and a shut-down VXC shut down rather than down", () => {
    const [port] = reply.data.filter((product) => product.provisioningStatus === "LIVE" && product.associatedVxcs.some((vxc) => vxc.provisioningStatus === "LIVE"));
    const vxc = port!.associatedVxcs.find((line) => line.provisioningStatus === "LIVE")!;
    const changed = reply.data.map((product) =>
      product === port ? { ...product, up: false, associatedVxcs: product.associatedVxcs.map((line) => (line === vxc ? { ...line, shutdown: true, up: false } : line)) } : product,
    );
    const about = (uid: string) => megaportServiceFindings("conn-1", changed).filter((finding) => finding.subject === uid).map((f) => [f.kind, f.severity, f.title]);
    expect(about(port!.productUid)).toEqual([["megaport.service_down", "critical", `${port!.productName} is down`]]);
    expect(about(vxc.productUid)).toEqual([["megaport.vxc_shut_down", "warning", `VXC ${vxc.productName} is shut down`]]);
  });
});
