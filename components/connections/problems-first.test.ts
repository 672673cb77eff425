import { expect, test } from "vitest";
import type { TConnectionView } from "@/lib/vendors/connection";
import { connectionProblemRank, problemsFirst } from "./problems-first";

function connection(name: string, vendor: TConnectionView["vendor"], secrets: Record<string, boolean>, settings: Record<string, string> = {}, drift = false): TConnectionView {
  return {
    id: name,
    vendor,
    name,
    baseUrl: "https://example.com",
    source: "database",
    settings,
    secrets: Object.fromEntries(Object.entries(secrets).map(([key, set]) => [key, { set }])),
    version: 1,
    updatedAt: null,
    drift: drift ? { operation: "listDevices", count: 2, reason: "unexpected shape", seenAt: "2025-05-06T12:00:00Z" } : null,
  };
}

test("a connection without a complete set of credentials is the worst problem, unreadable records the next", () => {
  expect(connectionProblemRank(connection("no key", "nettica", { apiKey: false }))).toBe(0);
  expect(connectionProblemRank(connection("half", "provision", { apiKey: true, secretKey: false }))).toBe(0);
  expect(connectionProblemRank(connection("no username", "acreto", { password: true, totpSecret: false }))).toBe(0);
  expect(connectionProblemRank(connection("drifting", "nettica", { apiKey: true }, {}, true))).toBe(1);
  expect(connectionProblemRank(connection("fine", "acreto", { password: true, totpSecret: false }, { username: "ops@example.com" }))).toBe(2);
  expect(connectionProblemRank(connection("either set", "n2n", { apiKey: false, password: true }, { email: "ops@example.com" }))).toBe(2);
});

test("orders problems first and keeps the listed order otherwise", () => {
  const listed = [
    connection("a fine", "nettica", { apiKey: true }),
    connection("b drifting", "nettica", { apiKey: true }, {}, true),
    connection("c fine", "megaport", { accessKey: true, secretKey: true }),
    connection("d no key", "nettica", { apiKey: false }),
  ];
  expect(problemsFirst(listed).map((c) => c.name)).toEqual(["d no key", "b drifting", "a fine", "c fine"]);
});
