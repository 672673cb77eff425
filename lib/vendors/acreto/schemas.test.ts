import { describe, expect, it } from "vitest";
import { collectUnreadable, describeUnreadable } from "../tolerant";
import {
  ZAcretoEcosystem, ZAcretoEcosystems, ZAcretoLogin, ZAcretoThing, ZAcretoThingChanges, ZAcretoThingInput, ZAcretoThings, ZAcretoUsers,
  acretoChangeGate, toAcretoThingRow, toAcretoUserRow,
} from "./schemas";

describe("Acreto schemas", () => {
  it("reads a login without expiry as 600 s, as the vendor's page says", () => {
    const login = ZAcretoLogin.parse({ accessToken: "tok", customers: [{ name: "Documentation", uuid: "6741632b-b337-4cd0-3cbc-e900e2c77fa3" }] });
    expect(login.expiry).toBe(600);
  });

  it("reads the quick-start's ecosystem and Thing, and tolerates an unknown status and extra fields", () => {
    const ecosystem = ZAcretoEcosystem.parse({
      created: "2020-09-30T10:24:00.000Z",
      name: "Documentation Ecosystem",
      nsps: [{ name: "EWR1", status: "green" }],
      owner: { fullName: "John Doe", username: "someone@somedomain.com", uuid: "5fdb6311-d058-0c36-de65-eff41e0ca063" },
      status: "maintenance",
      uuid: "049d6701-a8d3-ca61-662e-3f6adbbd4156",
      region: "us-east",
    });
    expect(ecosystem).toMatchObject({ status: "maintenance", region: "us-east" });
    const thing = ZAcretoThing.parse({ assetValue: 1, category: "IoT", name: "My first Thing", profileGroup: "g", type: "device", uuid: "t" });
    expect(thing.expiry).toBeNull();
  });

  it("fills every field a PUT must carry", () => {
    expect(ZAcretoThingInput.parse({ name: " Dock camera ", profileGroup: "g" })).toEqual({
      name: "Dock camera",
      type: "device",
      category: "",
      assetValue: 1,
      profileGroup: "g",
    });
  });

  it("an edit carries only the fields the form sent: no default may overwrite a stored value", () => {
    expect(ZAcretoThingChanges.parse({ name: " Renamed ", uuid: "x", type: "other" })).toEqual({ name: "Renamed" });
  });

  it("allows changes only while ok or pending_changes, and says why not otherwise", () => {
    expect(["ok", "pending_changes"].map((status) => acretoChangeGate(status).canChange)).toEqual([true, true]);
    expect(acretoChangeGate("commit_in_progress")).toEqual({ canChange: false, reason: expect.stringMatching(/^A commit is in progress/) });
    expect(acretoChangeGate("ecosystem_error").reason).toBe("The ecosystem is in error: contact Acreto support");
    expect(acretoChangeGate("maintenance")).toMatchObject({ canChange: false, reason: expect.stringContaining('"maintenance"') });
  });

  it("shows Go's zero time as no expiry, and names the profile group", () => {
    const thing = ZAcretoThing.parse({ uuid: "t", name: "Dock", type: "device", profileGroup: "g", expiry: { time: "0001-01-01T00:00:00.000Z", type: "" } });
    expect(toAcretoThingRow(thing, [{ uuid: "g", name: "Cameras" }])).toMatchObject({ expiresAt: null, profileGroupName: "Cameras" });
    const expiring = { ...thing, expiry: { time: "2026-05-01T00:00:00.000Z", type: "date" } };
    expect(toAcretoThingRow(expiring, []).expiresAt).toBe("2026-05-01T00:00:00.000Z");
  });

  it("reads a user without a username and an expiry with missing parts (the Swagger spec requires neither)", () => {
    const { value: users, unreadable } = collectUnreadable(() =>
      ZAcretoUsers.parse([
        { uuid: "u1", username: "ana@example.test", email: "ana@example.test" },
        { uuid: "u2", email: "invited@example.test", status: "invited" },
      ]),
    );
    expect(unreadable).toEqual([]);
    expect(users.map(toAcretoUserRow).map((u) => u.username)).toEqual(["ana@example.test", null]);
    const { value: things } = collectUnreadable(() =>
      ZAcretoThings.parse([
        { uuid: "t1", name: "Dock", type: "device", profileGroup: "g", expiry: { type: "" } },
        { uuid: "t2", name: "Gate", type: "device", profileGroup: "g", expiry: { time: "2026-05-01T00:00:00.000Z" } },
      ]),
    );
    expect(things.map((t) => toAcretoThingRow(t, []).expiresAt)).toEqual([null, null]);
  });

  it("leaves out one ecosystem it cannot read, keeps the others and says why", () => {
    const { value, unreadable } = collectUnreadable(() =>
      ZAcretoEcosystems.parse([
        { uuid: "e1", name: "Plant", status: "ok", nsps: [] },
        { uuid: "e2", name: { en: "Warehouse" }, status: "ok" },
        { uuid: "e3", name: "Office", status: "pending_changes", nsps: null },
      ]),
    );
    expect(value.map((e) => e.name)).toEqual(["Plant", "Office"]);
    expect(unreadable.map(describeUnreadable)).toEqual([expect.stringMatching(/^ecosystem 2 \(e2\): name — /)]);
  });
});
