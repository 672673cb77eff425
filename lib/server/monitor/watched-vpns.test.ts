import { describe, expect, it } from "vitest";
import { ZNetticaDevices } from "@/lib/vendors/nettica/schemas";
import { watchedVpns } from "./watched-vpns";

const NOW = Date.UTC(2026, 10, 2, 12, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

function devices(lastSeen: string | undefined, endpoints: string[]) {
  return ZNetticaDevices.parse([
    {
      id: "device-aaaaaaaaaaaa",
      name: "edge-1",
      ...(lastSeen === undefined ? {} : { lastSeen }),
      vpns: endpoints.map((endpoint, i) => ({ id: `vpn-${i}`, name: `edge-1.net${i}`, netid: `net-${i}`, netName: `net${i}`, deviceid: "device-aaaaaaaaaaaa", current: { endpoint } })),
    },
  ]);
}

describe("the monitor's rule (the seed script's)", () => {
  it("watches only VPNs with a non-empty current.endpoint", () => {
    const watched = watchedVpns(devices(iso(NOW), ["198.51.100.1:51820", ""]), NOW);
    expect(watched.map((vpn) => vpn.vpnName)).toEqual(["edge-1.net0"]);
  });

  it("ignores a VPN with no current settings at all", () => {
    const [device] = ZNetticaDevices.parse([{ id: "d", name: "x", lastSeen: iso(NOW), vpns: [{ id: "v", name: "x.n", netid: "n", deviceid: "d" }] }]);
    expect(watchedVpns([device!], NOW)).toEqual([]);
  });

  it("calls a device that never checked in 'never' (not alerted), whether lastSeen is absent or Go's zero time", () => {
    expect(watchedVpns(devices(undefined, ["198.51.100.1:51820"]), NOW)[0]).toMatchObject({ health: "never", lastSeenMs: null });
    expect(watchedVpns(devices("0001-01-01T00:00:00Z", ["198.51.100.1:51820"]), NOW)[0]).toMatchObject({ health: "never" });
  });

  it("is up at exactly 300 s since lastSeen and down just after", () => {
    expect(watchedVpns(devices(iso(NOW - 300_000), ["a:1"]), NOW)[0]!.health).toBe("up");
    expect(watchedVpns(devices(iso(NOW - 300_001), ["a:1"]), NOW)[0]!.health).toBe("down");
    expect(watchedVpns(devices(iso(NOW - 299_000), ["a:1"]), NOW)[0]!.health).toBe("up");
  });

  it("reads lastSeen with any number of fraction digits and an offset, as Nettica writes it", () => {
    const watched = watchedVpns(devices("2026-11-02T12:55:00.123456789+01:00", ["a:1"]), NOW);
    expect(watched[0]).toMatchObject({ health: "up", lastSeenMs: NOW - 300_000 + 123.456789 });
    expect(watchedVpns(devices("2026-11-02T11:54:59.999999Z", ["a:1"]), NOW)[0]!.health).toBe("down");
  });
});
