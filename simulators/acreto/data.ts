import { ACRETO_CREDENTIALS } from "../credentials";
import type { TRandom } from "../random";
import {
  ZERO_TIME,
  type TAcretoAccount,
  type TAcretoEcosystem,
  type TAcretoEcosystemStatus,
  type TAcretoGroup,
  type TAcretoSettings,
  type TAcretoState,
  type TAcretoThing,
  type TAcretoUser,
} from "./records";

type TEcosystemSeed = {
  name: string;
  created: string;
  status: TAcretoEcosystemStatus;
  nsps: string[];
  groups: string[];
  things: ReadonlyArray<[prefix: string, category: string, group: number, count: number]>;
  users: number;
};

/** Two customers' ecosystems, in every status an admin meets. */
const CUSTOMERS: ReadonlyArray<{ name: string; ecosystems: TEcosystemSeed[] }> = [
  {
    name: "Northwind Logistics",
    ecosystems: [
      {
        name: "Warehouse Floor",
        created: "2023-04-11T08:12:00.000Z",
        status: "ok",
        nsps: ["EWR1", "ORD1"],
        groups: ["Profile Group 1", "Handhelds", "Cameras", "Conveyor PLCs"],
        things: [
          ["Forklift Tablet", "Tablet", 1, 6],
          ["Dock Camera", "Camera", 2, 5],
          ["Conveyor PLC", "PLC", 3, 4],
          ["Label Printer", "IoT", 0, 3],
        ],
        users: 4,
      },
      {
        name: "Fleet Telematics",
        created: "2023-09-02T14:40:00.000Z",
        status: "pending_changes",
        nsps: ["EWR1"],
        groups: ["Profile Group 1", "Trucks", "Depots"],
        things: [
          ["Truck Gateway", "IoT", 1, 8],
          ["Depot Router", "Network", 2, 3],
        ],
        users: 3,
      },
    ],
  },
  {
    name: "Contoso Health",
    ecosystems: [
      {
        name: "Clinic Devices",
        created: "2022-11-20T10:05:00.000Z",
        status: "ok",
        nsps: ["SJC1", "DFW1"],
        groups: ["Profile Group 1", "Infusion Pumps", "Imaging", "Front Desk"],
        things: [
          ["Infusion Pump", "Medical", 1, 7],
          ["MRI Console", "Medical", 2, 2],
          ["Reception Kiosk", "Kiosk", 3, 3],
        ],
        users: 5,
      },
      {
        name: "Lab Instruments",
        created: "2024-02-14T16:30:00.000Z",
        status: "ecosystem_error",
        nsps: ["SJC1"],
        groups: ["Profile Group 1", "Analyzers"],
        things: [["Blood Analyzer", "Medical", 1, 4]],
        users: 2,
      },
    ],
  },
];

const FIRST_NAMES = ["Ava", "Noah", "Mia", "Liam", "Zoe", "Omar", "Ines", "Kai", "Lena", "Ravi", "Sara", "Tom"];
const LAST_NAMES = ["Nguyen", "Okafor", "Schmidt", "Rossi", "Tanaka", "Silva", "Kowalski", "Haddad", "Moreau", "Patel"];

export function buildAcretoState(random: TRandom, settings: TAcretoSettings): TAcretoState {
  const customers = CUSTOMERS.map((customer) => ({ uuid: random.uuid(), name: customer.name }));
  const accounts: TAcretoAccount[] = [
    {
      uuid: random.uuid(),
      ...ACRETO_CREDENTIALS.admin,
      fullName: "Patchbay Admin",
      customerUuids: customers.map((customer) => customer.uuid),
    },
    {
      uuid: random.uuid(),
      username: ACRETO_CREDENTIALS.mfaUser.username,
      password: ACRETO_CREDENTIALS.mfaUser.password,
      fullName: "Security Operations",
      customerUuids: [customers[0].uuid],
      totpSecret: ACRETO_CREDENTIALS.mfaUser.totpSecret,
    },
  ];
  const owner = { fullName: accounts[0].fullName, username: accounts[0].username, uuid: accounts[0].uuid };

  const ecosystems: TAcretoEcosystem[] = [];
  const groups: TAcretoGroup[] = [];
  const things: TAcretoThing[] = [];
  const users: TAcretoUser[] = [];

  CUSTOMERS.forEach((customerSeed, customerIndex) => {
    for (const seed of customerSeed.ecosystems) {
      const ecosystem: TAcretoEcosystem = {
        uuid: random.uuid(),
        customerUuid: customers[customerIndex].uuid,
        name: seed.name,
        created: seed.created,
        nsps: seed.nsps.map((name) => ({ name, status: seed.status === "ecosystem_error" ? "red" : "green" })),
        owner,
        status: seed.status,
      };
      ecosystems.push(ecosystem);
      const ecosystemGroups = seed.groups.map((name) => ({ uuid: random.uuid(), ecosystemUuid: ecosystem.uuid, name }));
      groups.push(...ecosystemGroups);
      for (const [prefix, category, groupIndex, count] of seed.things) {
        for (let n = 1; n <= count; n++) {
          const expires = random.chance(0.15);
          things.push({
            uuid: random.uuid(),
            ecosystemUuid: ecosystem.uuid,
            name: `${prefix} ${String(n).padStart(2, "0")}`,
            type: "device",
            category,
            assetValue: random.int(1, 5),
            profileGroup: ecosystemGroups[groupIndex].uuid,
            expiry: expires
              ? { time: new Date(Date.UTC(2026, random.int(0, 11), random.int(1, 28))).toISOString(), type: "date" }
              : { time: ZERO_TIME, type: "" },
          });
        }
      }
      const domain = customerSeed.name.split(" ")[0].toLowerCase();
      for (let n = 0; n < seed.users; n++) {
        const firstName = random.pick(FIRST_NAMES);
        const lastName = random.pick(LAST_NAMES);
        const email = `${firstName}.${lastName}${n}@${domain}.example`.toLowerCase();
        users.push({
          uuid: random.uuid(),
          ecosystemUuid: ecosystem.uuid,
          username: email,
          firstName,
          lastName,
          email,
          role: n === 0 ? "admin" : "user",
          status: random.chance(0.2) ? "invited" : "active",
          ...(n === seed.users - 1 && seed.users > 2 ? { withoutUsername: true } : {}),
        });
      }
    }
  });

  return {
    settings: { ...settings },
    accounts,
    customers,
    ecosystems,
    groups,
    things,
    users,
    accessTokens: new Map(),
    deviceTokens: new Map(),
  };
}
