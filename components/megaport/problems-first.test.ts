import { expect, test } from "vitest";
import { problemsFirstKey } from "./problems-first";

const order = (services: [string, boolean | null][]) =>
  [...services].sort((a, b) => problemsFirstKey(...a) - problemsFirstKey(...b)).map(([status, up]) => `${status}${up === false ? " down" : ""}`);

test("puts a down service first, then those not live yet, then live, cancelled and decommissioned", () => {
  expect(
    order([
      ["DECOMMISSIONED", null],
      ["LIVE", true],
      ["CANCELLED", null],
      ["CONFIGURED", null],
      ["LIVE", false],
      ["DESIGN", null],
      ["NEW", null],
    ]),
  ).toEqual(["LIVE down", "DESIGN", "NEW", "CONFIGURED", "LIVE", "CANCELLED", "DECOMMISSIONED"]);
});

test("counts a status Patchbay has never seen among those not live yet, before the known ones", () => {
  expect(order([["LIVE", true], ["CONFIGURED", null], ["SOMETHING_NEW", null]])).toEqual(["SOMETHING_NEW", "CONFIGURED", "LIVE"]);
});
