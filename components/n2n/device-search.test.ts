import { describe, expect, it } from "vitest";
import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import { enterpriseTree, groupsOf, searchDevices } from "./device-search";

const device = (deviceId: string, name: string, enterpriseId: string, groups: string[]): TN2nDeviceRow => ({
  deviceId,
  network: "loraWan",
  name,
  enterpriseId,
  groupIdList: groups,
  deviceType: "Elsys ERS CO2",
  enrolment: { class: "A", mode: "otaa", appEui: null, nwAddress: null },
  createdAt: null,
  lastOnline: null,
});

const page = [
  device("A81758FFFE000001", "Room sensor tower-a 001", "nnn.smartbuild.tower-a", ["nnn.smartbuild.tower-a.master", "nnn.smartbuild.tower-a.environment"]),
  device("70B3D5E75E000002", "Water meter meters 002", "nnn.citywater.meters", ["nnn.citywater.meters.master", "nnn.citywater.meters.water-meter"]),
];

describe("searching and filtering the loaded page", () => {
  it("matches every word in DevEUI, name, enterprise or group, within the picked group", () => {
    expect(searchDevices(page, "", "").map((d) => d.name)).toHaveLength(2);
    expect(searchDevices(page, "a81758", "").map((d) => d.deviceId)).toEqual(["A81758FFFE000001"]);
    expect(searchDevices(page, "meter citywater", "").map((d) => d.deviceId)).toEqual(["70B3D5E75E000002"]);
    expect(searchDevices(page, "", "nnn.smartbuild.tower-a.environment").map((d) => d.deviceId)).toEqual(["A81758FFFE000001"]);
    expect(searchDevices(page, "meter", "nnn.smartbuild.tower-a.environment")).toEqual([]);
  });

  it("lists master groups first and every enterprise level as a tree", () => {
    expect(groupsOf(page)).toEqual(["nnn.citywater.meters.master", "nnn.smartbuild.tower-a.master", "nnn.citywater.meters.water-meter", "nnn.smartbuild.tower-a.environment"]);
    expect(enterpriseTree(page.map((d) => d.enterpriseId))).toEqual(["nnn", "nnn.citywater", "nnn.citywater.meters", "nnn.smartbuild", "nnn.smartbuild.tower-a"]);
  });
});
