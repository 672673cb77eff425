import { describe, expect, it } from "vitest";
import { formatLocation, formatSpeed, permissionLabel, plural, statusLook, typeLabel } from "./format";

describe("Megaport formatting", () => {
  it("shows speeds in Mbps or Gbps", () => {
    expect([formatSpeed(10_000), formatSpeed(2_500), formatSpeed(500), formatSpeed(1_250), formatSpeed(null)]).toEqual(["10 Gbps", "2.5 Gbps", "500 Mbps", "1250 Mbps", "—"]);
  });

  it("names types, statuses, permissions and places as an admin reads them", () => {
    expect([typeLabel("MEGAPORT"), typeLabel("MCR2"), typeLabel("MVE"), typeLabel("VXC"), typeLabel("ODD")]).toEqual(["Port", "MCR", "MVE", "VXC", "ODD"]);
    expect(statusLook("LIVE")).toEqual({ label: "Live", tone: "green" });
    expect(statusLook("PENDING")).toEqual({ label: "PENDING", tone: "gray" });
    expect(statusLook("DEPLOYABLE")).toEqual({ label: "Deployable", tone: "blue" });
    expect([permissionLabel("approve_order"), permissionLabel("company_admin"), permissionLabel("read_only"), permissionLabel("new_thing")]).toEqual(["Approve orders", "Company admin", "Read only", "new thing"]);
    expect(formatLocation({ id: 2, name: "Equinix SY1", city: "Sydney", metro: "Sydney", country: "Australia" })).toBe("Equinix SY1, Sydney, Australia");
    expect([plural(1, "VXC"), plural(1455, "service")]).toEqual(["1 VXC", "1,455 services"]);
  });
});
