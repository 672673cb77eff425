import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZMegaportProductsReply } from "@/lib/vendors/megaport/schemas";
import { ZN2nDevice, toN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import { ZNetticaDevices } from "@/lib/vendors/nettica/schemas";
import { ZProvisionBlock } from "@/lib/vendors/provision/schemas";
import { collectUnreadable } from "@/lib/vendors/tolerant";
import { megaportServiceEntries } from "./megaport-entries";
import { n2nDeviceEntries } from "./n2n-entries";
import { netticaDeviceEntries } from "./nettica-entries";
import { provisionBlockEntries } from "./provision-entries";

/** The real recorded GET /v2/products answer (455 products), kept in shared/ beside the repository. */
const FIXTURE = path.resolve(import.meta.dirname, "../../../../shared/fixtures/megaport/products-v2.json");

describe("each vendor's search entries", () => {
  it("Nettica: a device by its name and its VPNs' names, networks, endpoints and addresses; none of the keys the device and its VPNs carry", () => {
    const secrets = ["device-api-3f9a7c2e", "service-api-88c1", "ez-4kq9m2", "i-0abc123", "WG+private/key=", "WG+preshared/key="];
    const devices = ZNetticaDevices.parse([
      {
        id: "device-1",
        name: "lon-gw-01",
        platform: "Linux",
        apiKey: secrets[0],
        serviceApiKey: secrets[1],
        ezcode: secrets[2],
        instanceid: secrets[3],
        vpns: [
          {
            id: "vpn-1", name: "lon-gw-01.corp", netid: "net-1", netName: "corp", deviceid: "device-1",
            current: { endpoint: "198.51.100.10:51820", address: ["10.10.0.1/32", "fd00::1/128"], publicKey: "public", privateKey: secrets[4], presharedKey: secrets[5] },
          },
        ],
      },
    ]);
    const [entry, ...more] = netticaDeviceEntries("conn-1", devices);
    expect(more).toEqual([]);
    expect(entry).toEqual({
      kind: "nettica.device",
      title: "lon-gw-01",
      detail: "Linux · 1 VPN",
      href: "/nettica/devices/device-1?connection=conn-1",
      fields: [["device", "lon-gw-01"], ["VPN", "lon-gw-01.corp"], ["network", "corp"], ["endpoint", "198.51.100.10:51820"], ["address", "10.10.0.1/32"], ["address", "fd00::1/128"]],
    });
    for (const secret of secrets) expect(JSON.stringify(entry)).not.toContain(secret);
  });

  it("ProVision: aggregates and the blocks assigned, held or free in them, IPv4 and IPv6, with their range; not the split blocks between", () => {
    const blocks = z.array(ZProvisionBlock).parse([
      { id: 1, cidr: "10.0.0.0/16", type: "ipv4", parent: null, top_aggregate: 1, is_aggregate: 1, notes: "London" },
      { id: 2, cidr: "10.0.0.0/17", type: "ipv4", parent: 1, top_aggregate: 1, child1: 3, child2: 4 },
      { id: 3, cidr: "10.0.3.0/24", type: "ipv4", parent: 2, top_aggregate: 1, is_assigned: 1, resource_id: 7, resource_name: "Acme Ltd" },
      { id: 4, cidr: "10.0.4.0/24", type: "ipv4", parent: 2, top_aggregate: 1 },
      { id: 5, cidr: "2001:DB8::/32", type: "ipv6", parent: null, top_aggregate: 5, is_aggregate: 1 },
      { id: 6, cidr: "2001:db8:1::/48", type: "ipv6", parent: 5, top_aggregate: 5, custid: "holding" },
    ]);
    const entries = provisionBlockEntries("conn-2", blocks);
    expect(entries.map((entry) => [entry.title, entry.network, entry.detail, entry.href])).toEqual([
      ["10.0.0.0/16", "10.0.0.0/16", "IPv4 aggregate · London", "/ipam?connection=conn-2&block=1"],
      ["10.0.3.0/24", "10.0.3.0/24", "assigned to Acme Ltd in IPv4 aggregate 10.0.0.0/16", "/ipam?connection=conn-2&block=3"],
      ["10.0.4.0/24", "10.0.4.0/24", "free in IPv4 aggregate 10.0.0.0/16", "/ipam?connection=conn-2&block=4"],
      ["2001:db8::/32", "2001:db8::/32", "IPv6 aggregate", "/ipam?connection=conn-2&block=5"],
      ["2001:db8:1::/48", "2001:db8:1::/48", "held in IPv6 aggregate 2001:DB8::/32", "/ipam?connection=conn-2&block=6"],
    ]);
    expect(entries[1]!.fields).toEqual([["block", "10.0.3.0/24"], ["resource", "Acme Ltd"], ["resource id", "7"]]);
  });

  it("N2N: a device by name and DevEUI, an ingested device by its id; never its enrolment keys", () => {
    const devices = [
      { deviceId: "70b3d57ed0051234", enterpriseId: "e1", name: "cold-room-3", deviceType: "temperature", enrolment: { class: "A", mode: "otaa", otaa: { appEui: "70B3D57ED0000001", appKey: "0123456789ABCDEF0123456789ABCDEF" } } },
      { deviceId: "4A817-KS5047298", enterpriseId: "e1", name: "", enrolment: { mode: "abp", abp: { nwAddress: "26011234", nwKey: "FEDCBA9876543210FEDCBA9876543210" } } },
    ].map((raw) => toN2nDeviceRow(ZN2nDevice.parse(raw)));
    const entries = n2nDeviceEntries("conn-3", devices);
    expect(entries.map((entry) => [entry.title, entry.detail, entry.href, entry.fields])).toEqual([
      ["cold-room-3", "DevEUI 70B3D57ED0051234 · temperature", "/n2n/devices/70B3D57ED0051234?connection=conn-3", [["name", "cold-room-3"], ["DevEUI", "70B3D57ED0051234"]]],
      ["4a817-ks5047298", "device 4a817-ks5047298", "/n2n/devices/4a817-ks5047298?connection=conn-3", [["device id", "4a817-ks5047298"]]],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/0123456789ABCDEF0123|FEDCBA9876543210/);
  });

  it("Megaport: each port, MCR, MVE, VXC and IX of a real account once, by name and UID", () => {
    const { value: reply } = collectUnreadable(() => ZMegaportProductsReply.parse(JSON.parse(readFileSync(FIXTURE, "utf8"))));
    const entries = megaportServiceEntries("conn-4", reply.data);
    const uids = new Set(reply.data.flatMap((product) => [product, ...product.associatedVxcs, ...product.associatedIxs].map((service) => service.productUid)));
    expect(entries).toHaveLength(uids.size);
    expect(entries.length).toBeGreaterThan(455);
    for (const entry of entries) {
      const uid = entry.fields.find(([label]) => label === "UID")![1];
      expect(entry.href).toBe(`/megaport/services/${uid}?connection=conn-4`);
      expect(entry.fields.map(([label]) => label).every((label) => label === "name" || label === "UID")).toBe(true);
    }
    const vxc = entries.find((entry) => entry.detail.startsWith("VXC"))!;
    expect(vxc.detail).toMatch(/^VXC · [A-Z_]+ · on .+/);
  });
});
