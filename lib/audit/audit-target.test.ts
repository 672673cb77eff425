import { describe, expect, it } from "vitest";
import { targetName } from "./audit-target";

const event = (action: string, target: string | null, details: Record<string, unknown> = {}) => targetName({ action, target, details });

describe("audit targets by name", () => {
  it("names a vendor change's innermost item and its connection, keeping the raw target", () => {
    expect(event("acreto.createThing", "ecosystem:5f0c6e2a-0000-4000-8000-000000000001/thing:sensor-1", { connection: "Acreto lab" })).toEqual({
      name: "Thing sensor-1",
      context: "Acreto · Acreto lab",
      raw: "ecosystem:5f0c6e2a-0000-4000-8000-000000000001/thing:sensor-1",
    });
    expect(event("acreto.commitChanges", "ecosystem:eco-1", { connection: "Lab" })).toMatchObject({ name: "Ecosystem eco-1" });
    expect(event("acreto.downloadVpnProfile", "vpn-profile", {})).toMatchObject({ name: "VPN profile", context: "Acreto" });
    expect(event("nettica.disableVpn", "vpn:42", { connection: "Nettica" })).toMatchObject({ name: "VPN 42", context: "Nettica · Nettica" });
    expect(event("n2n.enrolDevice", "device:70B3D57ED00E2E01", { connection: "Farm" })).toMatchObject({ name: "Device 70B3D57ED00E2E01" });
    // A free-text target with slashes in it is not split.
    expect(event("provision.smartAssign", "smart-assign ipv4 /28 ARIN → resource 42", { connection: "IPAM" })).toMatchObject({ name: "smart-assign ipv4 /28 ARIN → resource 42" });
  });

  it("names connections and channels, with their stored id on hover", () => {
    expect(event("connection.create", "nettica:Prod VPNs", { id: "c0ffee00-0000-4000-8000-000000000000" })).toEqual({
      name: "Prod VPNs",
      context: "Nettica connection",
      raw: "nettica:Prod VPNs (id c0ffee00-0000-4000-8000-000000000000)",
    });
    expect(event("alert_channel.update", "webhook:Ops Slack", { id: "ch-1" })).toMatchObject({ name: "Ops Slack", context: "Webhook channel" });
    expect(event("alert.send_again", "alert:17", { channels: 2 })).toMatchObject({ name: "Alert 17", raw: "alert:17" });
  });

  it("keeps a user's email as it is, and has no name for no target", () => {
    expect(event("user.role", "bob@patchbay.test")).toEqual({ name: "bob@patchbay.test", context: null, raw: "bob@patchbay.test" });
    expect(event("settings.security_update", null)).toBeNull();
  });
});
