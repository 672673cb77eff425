import { parseCidr } from "./ip";
import type { TBlockPermissions, TProvisionSettings, TProvisionState, TResourceRecord } from "./records";
import { addAggregate, directAssign, findByCidr, unassign } from "./tree";

const SEEDED_AT = Date.UTC(2024, 2, 20, 9, 49, 0);

const CUSTOMERS_CATEGORY = 5;
/** Customers (entry resources): the first five hold blocks, the others hold none yet. */
const CUSTOMERS: ReadonlyArray<[number, string]> = [
  [42, "Acme Corp"],
  [77, "Globex NYC POP"],
  [101, "Initech Backbone"],
  [205, "Umbrella Labs"],
  [310, "Hooli Edge"],
  [512, "Stark Industries"],
  [618, "Wayne Enterprises"],
  [733, "Cyberdyne Systems"],
  [840, "Soylent Networks"],
  [905, "Tyrell Corp"],
  [1012, "Massive Dynamic"],
];

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** What target=resource knows: a category and a field besides the customers, as a real instance has. */
function seedResources(): Map<number, TResourceRecord> {
  const records: TResourceRecord[] = [
    { id: CUSTOMERS_CATEGORY, name: "Customers", slug: "customers", type: "category", parentId: null, categoryId: null },
    { id: 57, name: "2nd Email", slug: "6c-contact-email2", type: "field", parentId: 1, categoryId: null },
    ...CUSTOMERS.map(([id, name]): TResourceRecord => ({ id, name, slug: slugOf(name), type: "entry", parentId: null, categoryId: CUSTOMERS_CATEGORY })),
  ];
  return new Map(records.map((record) => [record.id, record]));
}

const TAG_LIST = [
  { value: "customer", name: "Customer" },
  { value: "vpn", name: "VPN" },
  { value: "internal", name: "Internal" },
  { value: "lab", name: "Lab" },
  { value: "PTP", name: "Point to Point" },
];

/** This key may only read the IPv6 lab space: ProVision says so in each block's `permissions`. */
const READ_ONLY: TBlockPermissions = { read: true, update: false, create: false, delete: false };

type TAggregateSeed = {
  cidr: string;
  rir: string;
  tags: string[];
  region: string;
  notes: string;
  assigned: ReadonlyArray<[cidr: string, resourceId: number]>;
  holding?: string[];
  permissions?: TBlockPermissions;
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
    permissions: READ_ONLY,
  },
];

export function buildProvisionState(settings: TProvisionSettings): TProvisionState {
  const state: TProvisionState = {
    settings: { ...settings },
    blocks: new Map(),
    nextId: 1001,
    resources: seedResources(),
    tagList: TAG_LIST.map((tag) => ({ ...tag })),
    calls: new Map(),
  };
  for (const seed of AGGREGATES) {
    const cidr = parseCidr(seed.cidr)!;
    addAggregate(state, cidr, { rir: seed.rir, tags: [...seed.tags], region: seed.region, notes: seed.notes }, SEEDED_AT);
    for (const [assigned, resourceId] of [...seed.assigned, ...(seed.holding ?? []).map((h): [string, number] => [h, 42])]) {
      directAssign(state, parseCidr(assigned)!, resourceId, SEEDED_AT);
    }
    for (const held of seed.holding ?? []) unassign(state, findByCidr(state, parseCidr(held)!)!, false, SEEDED_AT);
    if (seed.permissions) {
      const top = findByCidr(state, cidr)!;
      for (const block of state.blocks.values()) if (block.topAggregateId === top.id) block.permissions = { ...seed.permissions };
    }
  }
  return state;
}
