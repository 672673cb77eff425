import { describe, expect, it } from "vitest";
import type { TNetticaDeviceRow } from "@/lib/vendors/nettica/schemas";
import { searchDevices } from "./device-search";

const row = (name: string, description: string, netName: string, endpoint: string): TNetticaDeviceRow => ({
  id: `device-${name}`,
  name,
  description,
  platform: "Linux",
  os: "linux",
  enable: true,
  lastSeen: null,
  health: "never",
  vpns: [{ id: `vpn-${name}`, netName, role: "", endpoint, enable: true }],
});

const devices = [row("nyc-gw-01", "New York gateway", "edge-pops", "198.51.100.10:51820"), row("laptop-olu", "Olu's laptop", "hq-mesh", "")];
const names = (search: string) => searchDevices(devices, search).map((d) => d.name);

describe("searchDevices", () => {
  it("finds devices by name, description, VPN network and endpoint, ignoring case", () => {
    expect(names("NYC")).toEqual(["nyc-gw-01"]);
    expect(names("laptop")).toEqual(["laptop-olu"]);
    expect(names("hq-mesh")).toEqual(["laptop-olu"]);
    expect(names("198.51.100.10")).toEqual(["nyc-gw-01"]);
  });

  it("needs every word to match, and an empty search keeps everything", () => {
    expect(names("gateway edge")).toEqual(["nyc-gw-01"]);
    expect(names("gateway hq")).toEqual([]);
    expect(names("  ")).toEqual(["nyc-gw-01", "laptop-olu"]);
  });
});
