import { describe, expect, it } from "vitest";
import type { TAcretoThingRow } from "@/lib/vendors/acreto/schemas";
import { NO_EXPIRY, ZThingForm, newThingForm, thingFormOf, toThingChanges, toThingInput } from "./thing-form-schema";

const thing: TAcretoThingRow = {
  uuid: "t1",
  name: "Dock Camera 01",
  type: "device",
  category: "Camera",
  assetValue: 3,
  profileGroup: "g2",
  profileGroupName: "Cameras",
  expiry: { time: "2026-05-17T00:00:00.000Z", type: "date" },
  expiresAt: "2026-05-17T00:00:00.000Z",
};

describe("the Thing form", () => {
  it("starts a new Thing in the first profile group, never expiring", () => {
    const input = toThingInput({ ...newThingForm("g1"), name: "My first Thing" });
    expect(input).toEqual({ name: "My first Thing", type: "device", category: "IoT", assetValue: 1, profileGroup: "g1", expiry: NO_EXPIRY });
  });

  it("prefills an edit from the Thing and sends its expiry only when it was changed", () => {
    const form = thingFormOf(thing);
    expect(form).toEqual({ name: "Dock Camera 01", category: "Camera", assetValue: 3, profileGroup: "g2", expiresOn: "2026-05-17" });
    expect(toThingChanges({ ...form, name: "Dock Camera 1A" }, false)).toEqual({ name: "Dock Camera 1A", category: "Camera", assetValue: 3, profileGroup: "g2" });
    expect(toThingChanges({ ...form, expiresOn: "" }, true).expiry).toEqual(NO_EXPIRY);
    expect(toThingChanges({ ...form, expiresOn: "2027-01-02" }, true).expiry).toEqual({ time: "2027-01-02T00:00:00.000Z", type: "date" });
  });

  it("refuses a Thing without a name, a group or a whole asset value", () => {
    const result = ZThingForm.safeParse({ name: " ", category: "", assetValue: 1.5, profileGroup: "", expiresOn: "" });
    expect(result.success).toBe(false);
    const fields = Object.keys(result.error?.flatten().fieldErrors ?? {}).sort();
    expect(fields).toEqual(["assetValue", "name", "profileGroup"]);
  });
});
