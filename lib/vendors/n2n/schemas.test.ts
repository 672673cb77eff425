import { describe, expect, it } from "vitest";
import { ZN2nDevice, ZN2nEnrolment, ZN2nLogin, ZN2nPage } from "./schemas";

describe("N2N DL schemas", () => {
  it("reads the seed's login answer", () => {
    const login = ZN2nLogin.parse({
      token: "5a23075544e45ab24a4846ae87762854c95f1398",
      groupIdList: ["nnn.master"],
      email: "test@test.com",
      level: "admin",
      createdAt: 1539920012,
      expiresAt: 1540524812,
    });
    expect(login.expiresAt - login.createdAt).toBe(604_800);
  });

  it("upper-cases device ids and keeps fields it does not know", () => {
    expect(ZN2nDevice.parse({ deviceId: "a81758fffe001234", enterpriseId: "nnn.x", groupIdList: null, battery: 98 })).toMatchObject({
      deviceId: "A81758FFFE001234",
      name: "",
      groupIdList: [],
      battery: 98,
    });
  });

  it("bounds pagination as the API does and checks enrolment keys", () => {
    expect(ZN2nPage.parse({})).toEqual({ limit: 200, skip: 0 });
    expect(ZN2nPage.safeParse({ limit: "9" }).success).toBe(false);
    expect(ZN2nPage.safeParse({ limit: "1001" }).success).toBe(false);
    expect(ZN2nPage.safeParse({ skip: "-1" }).success).toBe(false);
    const base = { deviceId: "70B3D57ED0001234", enterpriseId: "nnn.a", name: "Gate" };
    expect(ZN2nEnrolment.safeParse({ ...base, enrolment: { mode: "otaa", otaa: { appEui: "70B3D57ED0000000", appKey: "00112233445566778899AABBCCDDEEFF" } } }).success).toBe(true);
    expect(ZN2nEnrolment.safeParse({ ...base, enrolment: { mode: "otaa", otaa: { appEui: "70B3", appKey: "0011" } } }).success).toBe(false);
  });
});
