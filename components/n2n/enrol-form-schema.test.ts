import { describe, expect, it } from "vitest";
import { ZN2nEnrolment } from "@/lib/vendors/n2n/schemas";
import { ZEnrolForm, emptyEnrolForm, toEnrolment } from "./enrol-form-schema";

const otaa = { ...emptyEnrolForm("nnn.logistics"), deviceId: "70b3d57ed0001234", name: "Pallet 1", appEui: "70B3D57ED0000000", appKey: "00112233 44556677 8899aabb ccddeeff" };
const abp = { ...otaa, mode: "abp", deviceClass: "C", appEui: "", appKey: "", nwAddress: "26:01:1b:da", nwKey: "a".repeat(32) };

const errorsOf = (form: unknown) => {
  const outcome = ZEnrolForm.safeParse(form);
  return outcome.success ? {} : Object.fromEntries(outcome.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the enrolment form", () => {
  it("takes an OTAA device with pasted, spaced keys and sends upper-case hex the API accepts", () => {
    const enrolment = toEnrolment(ZEnrolForm.parse(otaa));
    expect(enrolment).toEqual({
      deviceId: "70B3D57ED0001234",
      name: "Pallet 1",
      enterpriseId: "nnn.logistics",
      enrolment: { mode: "otaa", class: "A", otaa: { appEui: "70B3D57ED0000000", appKey: "00112233445566778899AABBCCDDEEFF" } },
    });
    expect(ZN2nEnrolment.parse(enrolment)).toEqual(enrolment);
    expect(toEnrolment(ZEnrolForm.parse({ ...otaa, nwAddress: "26011bda" })).enrolment).toMatchObject({ otaa: { nwAddress: "26011BDA" } });
  });

  it("sends ABP under N2N's names: nwAddress and nwKey, the AppSKey only when given", () => {
    expect(toEnrolment(ZEnrolForm.parse(abp)).enrolment).toEqual({ mode: "abp", class: "C", abp: { nwAddress: "26011BDA", nwKey: "A".repeat(32) } });
    const withAppSKey = toEnrolment(ZEnrolForm.parse({ ...abp, appSKey: "b".repeat(32) }));
    expect(withAppSKey.enrolment).toEqual({ mode: "abp", class: "C", abp: { nwAddress: "26011BDA", nwKey: "A".repeat(32), appSKey: "B".repeat(32) } });
    expect(ZN2nEnrolment.parse(withAppSKey)).toEqual(withAppSKey);
  });

  it("says which key has the wrong length or a non-hex digit, for the chosen mode only", () => {
    expect(errorsOf({ ...otaa, deviceId: "70B3D5", appEui: "70B3D57ED000000G", appKey: "0011", nwAddress: "2601" })).toEqual({
      deviceId: "DevEUI is 16 hex characters (8 bytes)",
      appEui: "AppEUI may only hold hex digits (0-9, A-F)",
      appKey: "AppKey is 32 hex characters (16 bytes)",
      nwAddress: "Network address is 8 hex characters (4 bytes)",
    });
    expect(errorsOf({ ...abp, nwAddress: "", nwKey: "A".repeat(31), appSKey: "B".repeat(31) })).toEqual({
      nwAddress: "Network address is 8 hex characters (4 bytes)",
      nwKey: "Network key is 32 hex characters (16 bytes)",
      appSKey: "AppSKey is 32 hex characters (16 bytes)",
    });
    expect(errorsOf({ ...otaa, name: " ", enterpriseId: "nnn..x" })).toMatchObject({ name: "Give the device a name", enterpriseId: expect.stringContaining("enterprise id") });
  });

  it("offers class A and C only: class B cannot be enrolled through N2N's API", () => {
    expect(errorsOf({ ...otaa, deviceClass: "B" })).toEqual({ deviceClass: "Class A or C: N2N does not enrol Class B devices through its API" });
  });
});
