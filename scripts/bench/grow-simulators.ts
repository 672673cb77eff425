// A large estate in the in-process simulators, for the bench: copies of the seeded Nettica devices
// (with their VPNs) and N2N devices, a ProVision aggregate carved into many assigned blocks, and
// Megaport's 455 recorded products (read from ../shared, never copied) as the account's own.
import fs from "node:fs";
import path from "node:path";
import type { TRunningSimulators } from "../../simulators";
import type { TProduct } from "../../simulators/megaport/records";
import { parseCidr } from "../../simulators/provision/ip";
import { addAggregate, directAssign } from "../../simulators/provision/tree";

export type TEstate = { netticaDevices: number; provisionBlocks: number; n2nDevices: number };

const MEGAPORT_FIXTURE = path.resolve(import.meta.dirname, "../../../shared/fixtures/megaport/products-v2.json");
/** Acme Corp, the ProVision simulator's first customer. */
const RESOURCE_ID = 42;

/** Grows every simulator to `estate`; says what it holds then. */
export function growSimulators(sims: TRunningSimulators, estate: TEstate): string {
  const now = Date.now();

  const nettica = sims.simulators.nettica.state;
  const templates = [...nettica.devices.values()];
  for (let n = 0; nettica.devices.size < estate.netticaDevices; n++) {
    const template = templates[n % templates.length]!;
    const id = `device-bench${n.toString(36).padStart(8, "0")}`;
    nettica.devices.set(id, { ...structuredClone(template), id, name: `${template.name}-${n}` });
    for (const vpn of [...nettica.vpns.values()].filter((v) => v.deviceid === template.id && !v.id.startsWith("vpn-bench"))) {
      const vpnId = `vpn-bench${n.toString(36).padStart(6, "0")}${vpn.id.slice(-4)}`;
      nettica.vpns.set(vpnId, { ...structuredClone(vpn), id: vpnId, deviceid: id, name: `${template.name}-${n}.${vpn.netName}` });
    }
  }

  const provision = sims.simulators.provision.state;
  const target = provision.blocks.size + estate.provisionBlocks;
  addAggregate(provision, parseCidr("100.64.0.0/12")!, { rir: "ARIN", notes: "bench estate" }, now);
  // Each /26 assigned splits the free space on its way: about two blocks per assignment.
  for (let n = 0; provision.blocks.size < target; n++) {
    const address = 0x64400000 + n * 64;
    const cidr = `${address >>> 24}.${(address >>> 16) & 255}.${(address >>> 8) & 255}.${address & 255}/26`;
    directAssign(provision, parseCidr(cidr)!, RESOURCE_ID, now);
  }

  const n2n = sims.simulators.n2n.state;
  const seeded = [...n2n.devices];
  for (let n = 0; n2n.devices.length < estate.n2nDevices; n++) {
    const template = seeded[n % seeded.length]!;
    const deviceId = `70B3D5${n.toString(16).toUpperCase().padStart(10, "0")}`;
    n2n.devices.push({ ...structuredClone(template), deviceId, name: template.name ? `${template.name}-${n}` : template.name });
  }

  const megaport = sims.simulators.megaport.state;
  const user = megaport.users.find((u) => u.username === sims.credentials.megaport.username)!;
  const company = megaport.companies.find((c) => c.companyId === user.companyId)!;
  const recorded = (JSON.parse(fs.readFileSync(MEGAPORT_FIXTURE, "utf8")) as { data: TProduct[] }).data;
  megaport.products = recorded.map((product) => ({ ...product, companyUid: company.companyUid }));

  return `${nettica.devices.size.toLocaleString("en")} Nettica devices, ${provision.blocks.size.toLocaleString("en")} ProVision blocks, ${n2n.devices.length.toLocaleString("en")} N2N devices, ${megaport.products.length} Megaport products`;
}
