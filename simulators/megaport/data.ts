import { MEGAPORT_CREDENTIALS } from "../credentials";
import type { TRandom } from "../random";
import { buildIx, buildService, buildVxc, type TBuildContext, type TServiceSpec, type TVxcSpec } from "./builders";
import type { TLocationName } from "./locations";
import type { TCompany, TMegaportSettings, TMegaportState, TProduct, TProductType, TVendorDate } from "./records";

/** The cloud and Internet ends a VXC may reach; their owners are other companies. */
const CLOUD = {
  aws: { ownerUid: "605cb850-dfb4-4a05-a171-8bf17757b3a2", productName: "Asia Pacific (Sydney) (ap-southeast-2)", cloud: "AWS" as const },
  azure: { ownerUid: "a53cbd51-2a91-4d2a-8a1b-3a4b6c9ad6e1", productName: "Azure ExpressRoute - Sydney (primary)", cloud: "AZURE" as const },
  google: { ownerUid: "c8a9d7e1-5b34-4f0e-9a6c-1d2e3f405162", productName: "Google Cloud - us-east4 zone1", cloud: "GOOGLE" as const },
  internet: { ownerUid: "2f83dc65-5d4c-4730-a66d-926db48a0326", productName: "Megaport Internet", cloud: "TRANSIT" as const },
};

type TServiceRow = [TProductType, TServiceSpec];
type TVxcRow = [aEnd: number, name: string, status: TVxcSpec["status"], rateLimit: number, to: keyof typeof CLOUD | number, where: TLocationName, extra?: Pick<TVxcSpec, "shutdown" | "approval">];

const NORTHWIND_SERVICES: TServiceRow[] = [
  ["MEGAPORT", { name: "SYD-CORE-01", status: "LIVE", location: "sydney", speed: 10_000, termMonths: 36, ageDays: 900, locked: true, lag: { id: 4101, primary: true } }],
  ["MEGAPORT", { name: "SYD-CORE-02", status: "LIVE", location: "sydney", speed: 10_000, termMonths: 36, ageDays: 900, lag: { id: 4101, primary: false } }],
  ["MEGAPORT", { name: "BNE-EDGE-01", status: "LIVE", location: "brisbane", speed: 1_000, termMonths: 12, ageDays: 400 }],
  ["MEGAPORT", { name: "NYC-TRANSIT-01", status: "LIVE", location: "newYork", speed: 100_000, termMonths: 24, ageDays: 300 }],
  ["MEGAPORT", { name: "FRA-EU-01", status: "LIVE", location: "frankfurt", speed: 10_000, termMonths: 12, ageDays: 200 }],
  ["MEGAPORT", { name: "HOU-DR-01", status: "CONFIGURED", location: "houston", speed: 10_000, termMonths: 12, ageDays: 6 }],
  ["MEGAPORT", { name: "AKL-NEW-01", status: "NEW", location: "auckland", speed: 1_000, termMonths: 1, ageDays: 1 }],
  ["MEGAPORT", { name: "TYO-PLAN-01", status: "DESIGN", location: "tokyo", speed: 10_000, termMonths: 12, ageDays: 0 }],
  ["MEGAPORT", { name: "SEA-OLD-01", status: "DECOMMISSIONED", location: "seattle", speed: 1_000, termMonths: 12, ageDays: 700 }],
  ["MEGAPORT", { name: "DUB-TRIAL-01", status: "CANCELLED", location: "dublin", speed: 1_000, termMonths: 1, ageDays: 60 }],
  ["MCR2", { name: "MCR-SYD-CLOUD", status: "LIVE", location: "sydneyAirTrunk", speed: 5_000, termMonths: 12, ageDays: 500, mcrAsn: 133937 }],
  ["MCR2", { name: "MCR-ASH-CLOUD", status: "LIVE", location: "ashburn", speed: 2_500, termMonths: 12, ageDays: 250, mcrAsn: 133938 }],
  ["MCR2", { name: "MCR-AMS-LAB", status: "CONFIGURED", location: "amsterdam", speed: 1_000, termMonths: 1, ageDays: 3, mcrAsn: 133939 }],
  ["MCR2", { name: "MCR-SJC-2023", status: "DECOMMISSIONED", location: "sanJose", speed: 1_000, termMonths: 1, ageDays: 600 }],
  ["MVE", { name: "MVE-SEA-SDWAN", status: "LIVE", location: "seattle", speed: null, termMonths: 12, ageDays: 180, mve: { vendor: "CISCO", size: "SMALL", label: "MVE 2/8", vnics: 5 } }],
  ["MVE", { name: "MVE-FRA-FW", status: "LIVE", location: "frankfurt", speed: null, termMonths: 24, ageDays: 90, mve: { vendor: "FORTINET", size: "MEDIUM", label: "MVE 4/16", vnics: 3 } }],
  ["MVE", { name: "MVE-NYC-PA", status: "DEPLOYABLE", location: "newYork", speed: null, termMonths: 12, ageDays: 0, mve: { vendor: "PALO_ALTO", size: "LARGE", label: "MVE 8/32", vnics: 2 } }],
];

/** VXCs by the index of their A-End above; `to` is a cloud or another service's index. */
const NORTHWIND_VXCS: TVxcRow[] = [
  [0, "SYD to AWS ap-southeast-2", "LIVE", 1000, "aws", "sydney"],
  [0, "SYD to Azure ER primary", "LIVE", 500, "azure", "sydney"],
  [0, "SYD to BNE backhaul", "LIVE", 1000, 2, "brisbane"],
  [1, "SYD-02 to AWS (standby)", "CONFIGURED", 1000, "aws", "sydney"],
  [2, "BNE Internet", "LIVE", 200, "internet", "brisbane"],
  [3, "NYC to Google us-east4", "LIVE", 2000, "google", "ashburn"],
  [3, "NYC to ASH MCR", "LIVE", 1000, 11, "ashburn", { shutdown: true }],
  [3, "NYC trial VXC", "CANCELLED", 100, "internet", "newYork"],
  [4, "FRA to MVE firewall", "LIVE", 1000, 15, "frankfurt"],
  [4, "FRA legacy link", "DECOMMISSIONED", 500, 8, "seattle"],
  [5, "HOU DR to AWS", "NEW", 500, "aws", "sydney", { approval: { status: "PENDING_EXTERNAL", message: "Waiting for AWS to accept the hosted connection", type: "NEW" } }],
  [10, "MCR SYD to AWS", "LIVE", 1000, "aws", "sydney"],
  [10, "MCR SYD to Azure", "LIVE", 1000, "azure", "sydney"],
  [10, "MCR SYD to Google", "DESIGN", 500, "google", "ashburn"],
  [11, "MCR ASH to Google", "LIVE", 1000, "google", "ashburn"],
  [11, "MCR ASH to AWS us-east-1", "DECOMMISSIONED", 1000, "aws", "ashburn"],
  [12, "MCR AMS lab uplink", "CONFIGURED", 100, 4, "frankfurt"],
  [14, "MVE SEA to Megaport Internet", "LIVE", 20, "internet", "seattle"],
  [14, "MVE SEA to SYD core", "LIVE", 500, 0, "sydney"],
  [15, "MVE FRA to Azure", "NEW", 1000, "azure", "sydney"],
];

const CONTOSO_SERVICES: TServiceRow[] = [
  ["MEGAPORT", { name: "contoso-sjc-1", status: "LIVE", location: "sanJose", speed: 10_000, termMonths: 12, ageDays: 420 }],
  ["MEGAPORT", { name: "contoso-ash-1", status: "LIVE", location: "ashburn", speed: 10_000, termMonths: 12, ageDays: 410 }],
  ["MEGAPORT", { name: "contoso-lab", status: "DECOMMISSIONED", location: "houston", speed: 1_000, termMonths: 1, ageDays: 300 }],
  ["MCR2", { name: "contoso-mcr-west", status: "LIVE", location: "sanJose", speed: 1_000, termMonths: 12, ageDays: 200, mcrAsn: 64512 }],
];

const CONTOSO_VXCS: TVxcRow[] = [
  [0, "sjc to aws", "LIVE", 1000, "aws", "sanJose"],
  [1, "ash to google", "LIVE", 1000, "google", "ashburn"],
  [0, "sjc to ash", "CONFIGURED", 500, 1, "ashburn"],
  [3, "mcr-west to azure", "LIVE", 500, "azure", "sanJose"],
];

export function buildMegaportState(random: TRandom, now: number, settings: TMegaportSettings): TMegaportState {
  const companies: TCompany[] = [
    company(random, 1187, "Northwind Interconnect", "Northwind Interconnect Pty Ltd", "AU", "Australia", "Sydney", "NSW", "2000"),
    company(random, 2291, "Contoso Cloud Ops", "Contoso Cloud Operations Inc.", "US", "USA", "San Jose", "CA", "95113"),
  ];
  let productId = 201_000;
  const ctx: TBuildContext = { random, now, nextProductId: () => productId++, people: Array.from({ length: 4 }, () => random.uuid()) };
  const products = [
    ...services(ctx, companies[0], NORTHWIND_SERVICES, NORTHWIND_VXCS),
    ...services(ctx, companies[1], CONTOSO_SERVICES, CONTOSO_VXCS),
  ];
  const sydneyCore = products[0];
  sydneyCore.associatedIxs.push(buildIx(ctx, sydneyCore, "IX-Sydney NorthwindIX", "LIVE", 64_600));
  products[4].associatedIxs.push(buildIx(ctx, products[4], "IX-Frankfurt DE-CIX", "CONFIGURED", 64_600));
  products.forEach(asSomeEnvironmentsSendIt);

  const { mfaUser, serviceAgent } = MEGAPORT_CREDENTIALS;
  return {
    settings: { ...settings },
    companies,
    users: [
      // Permissions keyed by company id (the seed's login object) and by company uid (the v3 login's), named as real accounts name them.
      user(random, 205, MEGAPORT_CREDENTIALS, ["Nora", "Ops", "Company Admin"], 1187, "1000", "Australia", { "1187": ["company_admin"] }),
      user(random, 388, serviceAgent, ["Avery", "Agent", "Technical Admin"], 2291, "-0800", "United States", {
        [companies[1].companyUid]: ["technical_admin", "approve_order"],
        [companies[0].companyUid]: ["read_only"],
      }),
      { ...user(random, 412, mfaUser, ["Sam", "Secops", "Technical Admin"], 1187, "1000", "Australia", { "1187": ["technical_admin"] }), totpSecret: mfaUser.totpSecret },
    ],
    products,
    sessions: new Map(),
    requestLog: new Map(),
  };
}

function user(
  random: TRandom,
  personId: number,
  account: { username: string; password: string },
  [firstName, lastName, position]: [string, string, string],
  companyId: number,
  timeZone: string,
  locale: string,
  permissions: Record<string, string[]>,
) {
  return { personId, personUid: random.uuid(), username: account.username, password: account.password, firstName, lastName, position, companyId, timeZone, locale, permissions };
}

const toIso = (date: TVendorDate) => (typeof date === "number" ? new Date(date).toISOString() : date);

/**
 * What some Megaport environments send instead of the recording's shapes, and megaportgo reads:
 * every third product (with its VXCs and IXs) dates things as ISO strings, and MVEs come lower-case.
 */
function asSomeEnvironmentsSendIt(product: TProduct, index: number): void {
  if (product.productType === "MVE") product.productType = "mve";
  if (index % 3 !== 1) return;
  for (const key of ["createDate", "terminateDate", "liveDate", "contractStartDate", "contractEndDate"] as const) product[key] = toIso(product[key]);
  for (const line of [...product.associatedVxcs, ...product.associatedIxs]) {
    line.createDate = toIso(line.createDate);
    if (line.terminateDate !== undefined) line.terminateDate = toIso(line.terminateDate);
  }
}

function services(ctx: TBuildContext, owner: TCompany, rows: TServiceRow[], vxcs: TVxcRow[]): TProduct[] {
  const built = rows.map(([type, spec]) => buildService(ctx, owner, type, spec));
  for (const [aIndex, name, status, rateLimit, to, where, extra] of vxcs) {
    const aEnd = built[aIndex];
    const bEnd =
      typeof to === "number"
        ? { ownerUid: owner.companyUid, productUid: built[to].productUid, productName: built[to].productName, location: where, vlan: ctx.random.int(100, 4000) }
        : { ...CLOUD[to], productUid: ctx.random.uuid(), location: where, vlan: ctx.random.int(100, 4000) };
    aEnd.associatedVxcs.push(buildVxc(ctx, aEnd, { name, status, rateLimit, ageDays: ctx.random.int(2, 500), aVlan: ctx.random.int(100, 4000), bEnd, ...extra }));
  }
  return built;
}

function company(random: TRandom, companyId: number, tradingName: string, legalName: string, market: string, country: string, city: string, state: string, postcode: string): TCompany {
  return {
    companyId,
    companyUid: random.uuid(),
    companyName: tradingName,
    legalName,
    tradingName,
    legalIdentifier: String(random.int(10_000_000_000, 99_999_999_999)),
    market,
    country,
    www: `https://www.${tradingName.split(" ")[0].toLowerCase()}.example`,
    phone: country === "USA" ? "+1 408 555 0142" : "+61 2 5550 1234",
    address: { street: `${random.int(1, 400)} Harbour Street`, suburb: city, city, state, postcode, country },
    createDate: Date.UTC(2019, random.int(0, 11), random.int(1, 28)),
  };
}
