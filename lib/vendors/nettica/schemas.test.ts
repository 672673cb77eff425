import { describe, expect, it } from "vitest";
import { netticaTimeMs, ZNetticaDevice, ZNetticaPublicDevice } from "./schemas";

const device = {
  id: "device-abcdefABCDEF",
  name: "nyc-gw-01",
  accountid: "account-x",
  enable: true,
  tags: null,
  platform: "Linux",
  os: "linux",
  arch: "amd64",
  checkInterval: 10,
  lastSeen: "2025-05-06T11:59:58.123456789Z",
  apiKey: "device-api-secret",
  vpns: [
    {
      id: "vpn-abcdefABCDEF",
      name: "nyc-gw-01.hq",
      netid: "net-1",
      netName: "hq",
      deviceid: "device-abcdefABCDEF",
      enable: true,
      current: { endpoint: "198.51.100.1:51820", address: ["10.0.0.1/32"], dns: null, publicKey: "pub", privateKey: "PRIVATE", presharedKey: "PSK" },
    },
  ],
};

describe("Nettica schemas", () => {
  it("keeps the upstream secrets in the vendor schema and drops them (and unknown keys) from the public one", () => {
    expect(ZNetticaDevice.parse(device).vpns[0].current).toMatchObject({ privateKey: "PRIVATE", presharedKey: "PSK", dns: [] });
    const view = ZNetticaPublicDevice.parse(device);
    expect(JSON.stringify(view)).not.toMatch(/PRIVATE|PSK|device-api-secret/);
    expect(view.vpns[0].current).toMatchObject({ endpoint: "198.51.100.1:51820", publicKey: "pub", allowedIPs: [] });
    expect(view.tags).toEqual([]);
  });

  it("treats an absent lastSeen or Go's zero time as never seen", () => {
    const never = Object.fromEntries(Object.entries(device).filter(([key]) => key !== "lastSeen"));
    expect(ZNetticaDevice.parse(never).lastSeen).toBeUndefined();
    expect(ZNetticaDevice.parse({ ...device, lastSeen: "0001-01-01T00:00:00Z" }).lastSeen).toBeUndefined();
  });

  it("reads times with any number of fraction digits", () => {
    const whole = Date.UTC(2025, 4, 6, 11, 59, 58);
    expect(netticaTimeMs("2025-05-06T11:59:58Z")).toBe(whole);
    expect(netticaTimeMs("2025-05-06T11:59:58.5Z")).toBe(whole + 500);
    expect(netticaTimeMs("2025-05-06T11:59:58.123456789Z")).toBeCloseTo(whole + 123.456789, 3);
    expect(netticaTimeMs("2025-05-06T13:59:58.1+02:00")).toBe(whole + 100);
    expect(netticaTimeMs("yesterday")).toBeNull();
  });
});
