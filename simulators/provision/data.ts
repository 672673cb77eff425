import { parseCidr } from "./ip";
import type { TProvisionSettings, TProvisionState } from "./records";
import { addAggregate, directAssign, findByCidr, unassign } from "./tree";

const SEEDED_AT = Date.UTC(2024, 2, 20, 9, 49, 0);

const RESOURCES: ReadonlyArray<[number, string]> = [
  [42, "Acme Corp"],
  [77, "Globex NYC POP"],
  [101, "Initech Backbone"],
  [205, "Umbrella Labs"],
  [310, "Hooli Edge"],
];

type TAggregateSeed = {
  cidr: string;
  rir: string;
  tags: string[];
  region: string;
  notes: string;
  assigned: ReadonlyArray<[cidr: string, resourceId: number]>;
  holding?: string[];
};

/** IPv4 and IPv6 aggregates, each with assigned, held and free space. */
const AGGREGATES: TAggregateSeed[] = [
  {
    cidr: "10.0.0.0/16",
    rir: "1918",
    tags: ["internal"],
    region: "NYC",
    notes: "Office and data-centre space",
    assigned: [["10.0.0.0/24", 42], ["10.0.1.0/24", 77], ["10.0.4.0/22", 101], ["10.0.32.0/20", 205]],
    holding: ["10.0.2.0/24"],
  },
  {
    cidr: "172.16.0.0/20",
    rir: "1918",
    tags: ["lab"],
    region: "SFO",
    notes: "Lab networks",
    assigned: [["172.16.0.0/26", 205], ["172.16.1.0/24", 310]],
  },
  {
    cidr: "198.51.100.0/24",
    rir: "ARIN",
    tags: ["customer", "vpn"],
    region: "NYC",
    notes: "Customer VPN endpoints",
    assigned: [["198.51.100.0/28", 42], ["198.51.100.64/27", 77], ["198.51.100.128/29", 101]],
  },
  {
    cidr: "203.0.113.0/24",
    rir: "APNIC",
    tags: ["customer"],
    region: "SYD",
    notes: "APAC customers",
    assigned: [["203.0.113.0/25", 310]],
  },
  { cidr: "192.0.2.0/24", rir: "RIPE", tags: ["customer"], region: "LON", notes: "EU customers (unused)", assigned: [] },
  {
    cidr: "2001:db8::/32",
    rir: "ARIN",
    tags: ["customer"],
    region: "NYC",
    notes: "IPv6 customer space",
    assigned: [["2001:db8::/48", 42], ["2001:db8:1::/48", 77], ["2001:db8:100::/40", 101]],
  },
  {
    cidr: "3fff::/20",
    rir: "RIPE",
    tags: ["lab"],
    region: "LON",
    notes: "IPv6 lab space",
    assigned: [["3fff::/36", 205]],
  },
];

export function buildProvisionState(settings: TProvisionSettings): TProvisionState {
  const state: TProvisionState = { settings: { ...settings }, blocks: new Map(), nextId: 1001, resources: new Map(RESOURCES) };
  for (const seed of AGGREGATES) {
    const cidr = parseCidr(seed.cidr)!;
    addAggregate(state, cidr, { rir: seed.rir, tags: [...seed.tags], region: seed.region, notes: seed.notes }, SEEDED_AT);
    for (const [assigned, resourceId] of [...seed.assigned, ...(seed.holding ?? []).map((h): [string, number] => [h, 42])]) {
      directAssign(state, parseCidr(assigned)!, resourceId, SEEDED_AT);
    }
    for (const held of seed.holding ?? []) unassign(state, findByCidr(state, parseCidr(held)!)!, false, SEEDED_AT);
  }
  return state;
}
