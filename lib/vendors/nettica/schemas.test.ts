import { describe, expect, it } from "vitest";
import { collectUnreadable, describeUnreadable } from "../tolerant";
import { netticaTimeMs, ZNetticaDevice, ZNetticaDevices, ZNetticaNets, ZNetticaPublicDevice } from "./schemas";

const settings = { endpoint: "198.51.100.1:51820", address: ["10.0.0.1/32"], allowedIPs: ["10.0.0.0/16"], dns: null, listenPort: 51820, mtu: 1420, persistentKeepalive: 0, publicKey: "pub", privateKey: "PRIVATE", presharedKey: "PSK" };
const vpn = (id: string, netName: string) => ({ id, name: `nyc-gw-01.${netName}`, netid: `net-${netName}`, netName, deviceid: "device-abcdefABCDEF", role: "Ingress", enable: true, failover: 0, failCount: 0, tags: [], created: "2024-01-15T09:00:00.123456789Z", updated: null, current: settings, default: settings });

/** A device as VENDORS.md §1 lists it, with the device secrets §0 adds. */
const device = {
  id: "device-abcdefABCDEF",
  name: "nyc-gw-01",
  description: "NYC gateway",
  accountid: "account-x",
  server: "https://my.nettica.com",
  enable: true,
  tags: ["gateway"],
  platform: "Linux",
  os: "linux",
  arch: "amd64",
  checkInterval: 10,
  created: "2024-01-15T09:00:00Z",
  updated: "2024-02-01T10:30:00.5Z",
  createdBy: "netops@example.com",
  updatedBy: "netops@example.com",
  lastSeen: "2025-05-06T11:59:58.123456789Z",
  apiKey: "device-api-SECRETSECRETSECRETSECRETSECRET01",
  serviceApiKey: "service-api-SECRETSECRETSECRETSECRETSECR02",
  ezcode: "ez-SECRET03abcd",
  instanceid: "i-0SECRET04abcdef",
  push: "SECRET05-push-token",
  voip: "SECRET06-voip-token",
  vpns: [vpn("vpn-hqhqhqhqhqhq", "hq"), vpn("vpn-edgeedgeedge", "edge")],
};

describe("Nettica schemas", () => {
  it("read the documented device whole: every field, every VPN, every secret upstream", () => {
    const { value, unreadable } = collectUnreadable(() => ZNetticaDevices.parse([device]));
    expect(unreadable).toEqual([]);
    const [read] = value;
    const { vpns, created, updated, ...fields } = device;
    expect(read).toMatchObject({ ...fields, created: Date.parse(created), updated: Date.parse(updated) });
    expect(read!.vpns.map((v) => [v.id, v.netName, v.role, v.current?.endpoint, v.current?.privateKey, v.created, v.updated])).toEqual(
      vpns.map((v) => [v.id, v.netName, "Ingress", settings.endpoint, "PRIVATE", Date.parse("2024-01-15T09:00:00.123Z"), null]),
    );
  });

  it("keep the upstream secrets in the vendor schema and drop them (and unknown keys) from the public one", () => {
    expect(ZNetticaDevice.parse(device).vpns[0]!.current).toMatchObject({ privateKey: "PRIVATE", presharedKey: "PSK", dns: [] });
    const view = ZNetticaPublicDevice.parse(ZNetticaDevice.parse(device));
    expect(JSON.stringify(view)).not.toMatch(/PRIVATE|PSK|SECRET|apiKey|ezcode|instanceid|push|voip/);
    expect(view.vpns[0]!.current).toMatchObject({ endpoint: "198.51.100.1:51820", publicKey: "pub", allowedIPs: ["10.0.0.0/16"] });
    expect(view).toMatchObject({ name: "nyc-gw-01", tags: ["gateway"], lastSeen: device.lastSeen });
  });

  it("read GET /device/:id without a vpns key as a device in no VPN", () => {
    expect(ZNetticaDevice.parse({ ...device, vpns: undefined }).vpns).toEqual([]);
  });

  it("leave out one odd device, and one odd VPN of another, and keep the rest with the reason", () => {
    const list = [device, { ...device, id: "device-name42xxxxx", name: 42 }, { ...device, id: "device-vpnsxxxxxxx", vpns: "x" }, { ...device, id: "device-badvpnxxxxx", vpns: [vpn("vpn-good", "hq"), { ...vpn("vpn-bad", "edge"), current: "x" }] }];
    const { value, unreadable } = collectUnreadable(() => ZNetticaDevices.parse(list));
    expect(value.map((d) => [d.id, d.vpns.map((v) => v.id)])).toEqual([
      ["device-abcdefABCDEF", ["vpn-hqhqhqhqhqhq", "vpn-edgeedgeedge"]],
      ["device-badvpnxxxxx", ["vpn-good"]],
    ]);
    expect(unreadable.map(describeUnreadable)).toEqual([
      expect.stringMatching(/^device 2 \(device-name42xxxxx\): name — .*expected string/),
      expect.stringMatching(/^device 3 \(device-vpnsxxxxxxx\): vpns — .*expected array/),
      expect.stringMatching(/^VPN 2 \(vpn-bad\): current — /),
    ]);
  });

  it("merge a device listed once per VPN (a user limited to some networks) into one with both VPNs", () => {
    const [hq, edge] = device.vpns;
    const other = { ...device, id: "device-otherxxxxxx", name: "sfo-gw-01", vpns: [hq] };
    const merged = ZNetticaDevices.parse([{ ...device, vpns: [hq] }, other, { ...device, vpns: [edge] }, { ...device, vpns: [hq] }]);
    expect(merged.map((d) => [d.name, d.vpns.map((v) => v.netName)])).toEqual([
      ["nyc-gw-01", ["hq", "edge"]],
      ["sfo-gw-01", ["hq"]],
    ]);
  });

  it("treat an absent, null or zero lastSeen as never seen, and read other time forms", () => {
    expect(ZNetticaDevice.parse(Object.fromEntries(Object.entries(device).filter(([key]) => key !== "lastSeen"))).lastSeen).toBeUndefined();
    for (const none of [null, "0001-01-01T00:00:00Z", "", "yesterday"]) expect(ZNetticaDevice.parse({ ...device, lastSeen: none }).lastSeen, String(none)).toBeUndefined();
    expect(ZNetticaDevice.parse({ ...device, lastSeen: 1_746_532_798_000 }).lastSeen).toBe("2025-05-06T11:59:58.000Z");
    expect(ZNetticaDevice.parse({ ...device, lastSeen: "2025-05-06 11:59:58" }).lastSeen).toBe(new Date("2025-05-06 11:59:58").toISOString());
    expect(ZNetticaDevice.parse({ ...device, created: null, updated: undefined })).toMatchObject({ created: null, updated: null });
  });

  it("read networks with a null default, policies and no enabled", () => {
    const net = { id: "net-1", netName: "hq", description: "", tags: null, created: null, updated: "2024-01-15T09:00:00Z", forceUpdate: false, critical: true, policies: { userEndpoints: true, onlyEndpoints: false }, default: null };
    const { value, unreadable } = collectUnreadable(() => ZNetticaNets.parse([net, { ...net, id: "net-2", readonly: true, default: settings }]));
    expect(unreadable).toEqual([]);
    expect(value.map((n) => [n.id, n.default?.mtu ?? null, n.critical, n.readonly ?? null])).toEqual([["net-1", null, true, null], ["net-2", 1420, true, true]]);
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
