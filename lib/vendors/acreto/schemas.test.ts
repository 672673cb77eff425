import { describe, expect, it } from "vitest";
import { ZAcretoEcosystem, ZAcretoLogin, ZAcretoThing, ZAcretoThingInput } from "./schemas";

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
});
