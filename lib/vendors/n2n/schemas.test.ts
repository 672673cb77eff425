import { describe, expect, it } from "vitest";
import { collectUnreadable, describeUnreadable } from "../tolerant";
import { ZN2nDeviceId, ZN2nDevicePage, ZN2nEnrolment, ZN2nLogin, ZN2nMessages, ZN2nPage, isN2nUplink, toN2nDeviceRow, toN2nUplinkView } from "./schemas";
import { DEVICE_WITH_META, ENROLLED_DEVICE, FLAT_UPLINK, INGESTED_DEVICE, PUBLISHED_UPLINK, PUSHED_MESSAGE, SEARCHED_DEVICE } from "./testing/documented-payloads";

const readDevices = (records: unknown) => collectUnreadable(() => ZN2nDevicePage.parse(records));
const readMessages = (records: unknown) => collectUnreadable(() => ZN2nMessages.parse(records));

describe("N2N DL payloads", () => {
  it("reads the seed's login answer", () => {
    const login = ZN2nLogin.parse({ token: "5a23075544e45ab24a4846ae87762854c95f1398", groupIdList: ["nnn.master"], email: "test@test.com", level: "admin", createdAt: 1539920012, expiresAt: 1540524812 });
    expect(login.expiresAt - login.createdAt).toBe(604_800);
  });

  it("reads every documented device, LoRaWAN and ingested, without leaving anything out", () => {
    const { value, unreadable } = readDevices([ENROLLED_DEVICE, DEVICE_WITH_META, SEARCHED_DEVICE, INGESTED_DEVICE]);
    expect(unreadable).toEqual([]);
    expect(value.sent).toBe(4);
    expect(value.devices.map(toN2nDeviceRow)).toEqual([
      expect.objectContaining({ deviceId: "477B41F200300034", network: "loraWan", name: "test-device-otaa", groupIdList: ["nnn.client1.master"], lastOnline: null }),
      expect.objectContaining({ deviceId: "0000000001E014E7", name: "", deviceType: "risingHf", lastOnline: 1601002884890 }),
      expect.objectContaining({ deviceId: "947EB90000100053", name: "A6BB689C", deviceType: "nsenMk2", lastOnline: 1601003499484 }),
      expect.objectContaining({ deviceId: "a1931-aabbcc123", network: "ingested", deviceType: "levelGauge", enrolment: { class: null, mode: null, appEui: null, nwAddress: null } }),
    ]);
    // Fields the console does not show still pass through on the server.
    expect(value.devices[1]).toMatchObject({ customMeta: { serialNumber: "A6BB689C" } });
  });

  it("reads the published uplink, the pushed message and the flat uplink, with port and counter from either shape", () => {
    const { value, unreadable } = readMessages([PUBLISHED_UPLINK, PUSHED_MESSAGE, FLAT_UPLINK]);
    expect(unreadable).toEqual([]);
    expect(value.every(isN2nUplink)).toBe(true);
    const [published, pushed, flat] = value.map(toN2nUplinkView);
    expect(published).toEqual({ ts: 1567752579039, port: 2, fCnt: 4009, rssi: -50, snr: 9.25, gateway: "9C3A65DB", spreadingFactor: 7, readings: [] });
    expect(value[0]!.network?.loraWan?.lrrList).toEqual([{ lrrId: "9C3A65DB", chain: 0, rssi: -50, snr: 9.25, esp: -50.48772 }]);
    expect(pushed).toMatchObject({ port: 8, fCnt: null, rssi: null });
    expect(pushed!.readings).toHaveLength(7);
    expect(pushed!.readings[6]).toEqual({ channelId: "6", type: "voltage", label: "battery", unit: "V", value: 3.21 });
    expect(flat).toMatchObject({ port: 5, fCnt: 812, rssi: -97, gateway: "FF0104D4", spreadingFactor: 9 });
  });

  it("leaves one broken device or uplink out with the reason, and shows the rest", () => {
    const devices = readDevices([ENROLLED_DEVICE, { deviceId: 42, enterpriseId: "nnn" }, SEARCHED_DEVICE]);
    expect(devices.value).toMatchObject({ sent: 3, devices: [{ deviceId: "477B41F200300034" }, { deviceId: "947EB90000100053" }] });
    expect(devices.unreadable.map(describeUnreadable)).toEqual([expect.stringMatching(/^device 2 \(42\): deviceId — /)]);

    const messages = readMessages([PUBLISHED_UPLINK, { ...FLAT_UPLINK, ts: "yesterday" }, { ...PUSHED_MESSAGE, readingList: [{ channelId: 0, value: 1 }, ...PUSHED_MESSAGE.readingList] }]);
    expect(messages.value.map((m) => m.ts)).toEqual([PUBLISHED_UPLINK.ts, PUSHED_MESSAGE.ts]);
    expect(messages.value[1]!.readingList).toHaveLength(7);
    expect(messages.unreadable.map(describeUnreadable)).toEqual([
      "uplink 2 (A81758FFFE0311EF): ts — no time (ts missing or not a time)",
      "reading 1: type — Invalid input: expected string, received undefined",
    ]);
  });

  it("takes a message with an ISO time and tells a downlink from an uplink", () => {
    const { value } = readMessages([{ ...FLAT_UPLINK, ts: "2020-09-25T03:04:59.484Z" }, { ...FLAT_UPLINK, type: "downlink" }]);
    expect(value[0]!.ts).toBe(1601003099484);
    expect(value.map(isN2nUplink)).toEqual([true, false]);
  });
});

describe("N2N DL inputs", () => {
  it("bounds pagination as the API does", () => {
    expect(ZN2nPage.parse({})).toEqual({ limit: 200, skip: 0 });
    for (const page of [{ limit: "9" }, { limit: "1001" }, { skip: "-1" }]) expect(ZN2nPage.safeParse(page).success).toBe(false);
  });

  it("takes both device id forms as N2N writes them, and nothing else", () => {
    expect(ZN2nDeviceId.parse("a81758fffe0311ef")).toBe("A81758FFFE0311EF");
    expect(ZN2nDeviceId.parse("4A817-KS5047298")).toBe("4a817-ks5047298");
    for (const id of ["A81758FFFE0311E", "4a817-ks", "4a817-ks5047298abcdefgh", "4a81z-ks5047298", "4a817_ks5047298", "..", "4a817-ks50/7298"]) {
      expect(ZN2nDeviceId.safeParse(id).success, id).toBe(false);
    }
  });

  it("enrols with N2N's own field names, class A or C only", () => {
    const base = { deviceId: "A81758FFFE0311EF", enterpriseId: "nnn", name: "test-abp-device" };
    const abp = { class: "A", mode: "abp", abp: { nwAddress: "FE0311EF", nwKey: "0".repeat(32), appSKey: "0".repeat(32) } };
    const otaa = { class: "C", mode: "otaa", otaa: { appEui: "0000000000000000", appKey: "2b7e151628aed2a6abf7158809cf4f3c" } };
    const accepted = [abp, { ...abp, abp: { nwAddress: "FE0311EF", nwKey: "0".repeat(32) } }, otaa, { ...otaa, otaa: { ...otaa.otaa, nwAddress: "26011BDA" } }];
    for (const enrolment of accepted) expect(ZN2nEnrolment.safeParse({ ...base, enrolment }).success, JSON.stringify(enrolment)).toBe(true);
    const refused = [
      { ...abp, abp: { devAddr: "FE0311EF", nwkSKey: "0".repeat(32) } },
      { ...abp, class: "B" },
      { ...otaa, otaa: { appEui: "70B3", appKey: "0011" } },
    ];
    for (const enrolment of refused) expect(ZN2nEnrolment.safeParse({ ...base, enrolment }).success, JSON.stringify(enrolment)).toBe(false);
    expect(ZN2nEnrolment.safeParse({ ...base, enrolment: { ...abp, class: "B" } }).error?.issues[0]?.message).toContain("N2N does not enrol Class B");
  });
});
