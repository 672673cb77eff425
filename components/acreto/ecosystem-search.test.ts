import { describe, expect, it } from "vitest";
import type { TAcretoEcosystemRow } from "@/lib/vendors/acreto/schemas";
import { searchEcosystems } from "./ecosystem-search";

const row = (name: string, status: string, nsp: string, owner: string): TAcretoEcosystemRow => ({
  uuid: `uuid-${name}`,
  name,
  created: null,
  status,
  nsps: [{ name: nsp, status: "green" }],
  owner: { fullName: owner, username: `${owner.toLowerCase()}@example.com`, uuid: "o" },
});

const ecosystems = [row("Warehouse Floor", "ok", "EWR1", "Ada"), row("Lab Instruments", "ecosystem_error", "SJC1", "Lin")];
const names = (search: string, customer?: string) => searchEcosystems(ecosystems, search, customer).map((e) => e.name);

describe("searchEcosystems", () => {
  it("finds ecosystems by name, status as shown, NSP and owner, ignoring case", () => {
    expect(names("warehouse")).toEqual(["Warehouse Floor"]);
    expect(names("ecosystem error")).toEqual(["Lab Instruments"]);
    expect(names("sjc1")).toEqual(["Lab Instruments"]);
    expect(names("ada@")).toEqual(["Warehouse Floor"]);
  });

  it("matches the customer's name too, and an empty search keeps everything", () => {
    expect(names("northwind", "Northwind Logistics")).toEqual(["Warehouse Floor", "Lab Instruments"]);
    expect(names(" ")).toHaveLength(2);
  });
});
