import { describe, expect, it } from "vitest";
import { fleetListOf } from "./fleet-list-parse";
import { fleetListParams } from "./fleet-list-url";

describe("the N2N device list in the address bar", () => {
  it("reads back what it writes, leaving the defaults out", () => {
    const list = { limit: 25, skip: 50, q: "tank farm", status: "silent", enterpriseId: "nnn.agrinet", type: "Milesight EM500-UDL level", sort: "battery", dir: "desc" } as const;
    const params = fleetListParams(list);
    expect(fleetListOf(Object.fromEntries(params))).toEqual(list);
    expect(fleetListParams({ ...fleetListOf({}), limit: 13 }).toString()).toBe("limit=13");
    expect(fleetListOf({})).toEqual({ limit: undefined, skip: 0, sort: "status", dir: "asc" });
  });

  it("keeps every value the API takes and drops, one by one, those it would refuse", () => {
    const list = fleetListOf({ limit: "5", skip: "-3", status: "down", sort: "rssi", dir: "sideways", q: "x".repeat(201), enterpriseId: "nnn/../etc", type: ["a", "b"] });
    expect(list).toEqual({ limit: undefined, skip: 0, sort: "rssi", dir: "asc" });
  });
});
