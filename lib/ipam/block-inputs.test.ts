import { describe, expect, it } from "vitest";
import { ZDirectAssignInput, ZEditBlockInput, ZIpamTreeQuery, ZSmartAssignInput } from "./block-inputs";
import { ZAddressOrCidr, ZCidr } from "./cidr-schemas";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message).join("; ");

describe("IPAM inputs", () => {
  it("takes blocks in CIDR form at their network address, in canonical form", () => {
    expect(ZCidr.parse(" 10.0.4.0/22 ")).toBe("10.0.4.0/22");
    expect(ZCidr.parse("2001:DB8:0:0::/48")).toBe("2001:db8::/48");
    expect(message(ZCidr.safeParse("10.0.5.0/22"))).toBe("10.0.5.0/22 is not the first address of its block: did you mean 10.0.4.0/22?");
    for (const bad of ["10.0.0.0/33", "10.0.0.0", "2001:db8::/129", "10.0.0.256/24", "fe80::/x", ""]) expect(ZCidr.safeParse(bad).success, bad).toBe(false);
    expect(ZAddressOrCidr.parse("10.0.3.7")).toBe("10.0.3.7");
    expect(ZAddressOrCidr.parse("10.0.3.7/24")).toBe("10.0.3.0/24");
    expect(ZAddressOrCidr.safeParse("host.example").success).toBe(false);
  });

  it("reads a form's strings and the API's JSON alike", () => {
    const form = { type: "IPv4", mask: "28", rir: "ARIN", resourceId: "42", tags: "customer, vpn", region: "", vlan: "" };
    expect(ZSmartAssignInput.parse(form)).toEqual({ type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42, tags: ["customer", "vpn"], region: "" });
    expect(ZSmartAssignInput.parse({ type: "IPv6", mask: 48, rir: "RIPE", resourceId: 7, tags: ["lab"], vlan: 12 })).toMatchObject({ mask: 48, vlan: 12 });
    expect(message(ZSmartAssignInput.safeParse({ ...form, type: "IPv6", mask: "129" }))).toBe("An IPv6 mask is /1–/128");
    expect(message(ZSmartAssignInput.safeParse({ ...form, vlan: "5000" }))).toBe("VLANs are 1–4094");
    expect(ZDirectAssignInput.parse({ block: "", id: "1007", resourceId: "42" })).toEqual({ id: 1007, resourceId: 42 });
    expect(ZEditBlockInput.parse({ notes: "n", region: "", vlan: "" })).toEqual({ notes: "n", region: "", vlan: null });
    // update takes no tags: a form cannot slip them through to ProVision.
    expect(ZEditBlockInput.parse({ notes: "n", tags: "a, b" })).toEqual({ notes: "n" });
    expect(message(ZEditBlockInput.safeParse({ tags: "a" }))).toBe("Change at least one of notes, region or VLAN");
    expect(ZIpamTreeQuery.parse({ type: "", rir: "1918", vlan: "120", tags: "lab, customer" })).toEqual({ rir: "1918", vlan: 120, tags: ["lab", "customer"] });
  });
});
