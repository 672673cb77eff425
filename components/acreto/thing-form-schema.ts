import { z } from "zod";
import type { TAcretoExpiry, TAcretoThingChanges, TAcretoThingInput, TAcretoThingRow } from "@/lib/vendors/acreto/schemas";

/** Go's zero time with an empty type: Acreto's "never expires". */
export const NO_EXPIRY: TAcretoExpiry = { time: "0001-01-01T00:00:00.000Z", type: "" };

/** The Thing form's fields, as the admin fills them in. */
export const ZThingForm = z.object({
  name: z.string().trim().min(1, "Give the Thing a name").max(120, "At most 120 characters"),
  category: z.string().trim().max(60, "At most 60 characters"),
  assetValue: z.number({ error: "Enter a whole number from 0 to 1000" }).int("Enter a whole number from 0 to 1000").min(0, "At least 0").max(1000, "At most 1000"),
  profileGroup: z.string().min(1, "Pick a profile group"),
  /** yyyy-mm-dd, or empty for never. */
  expiresOn: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "Pick a date or leave it empty"),
});
export type TThingForm = z.infer<typeof ZThingForm>;

export const expiryOf = (expiresOn: string): TAcretoExpiry => (expiresOn ? { time: `${expiresOn}T00:00:00.000Z`, type: "date" } : NO_EXPIRY);

/** A new Thing: a device in the first profile group, worth 1, never expiring, as Acreto's quick start makes one. */
export function newThingForm(firstGroup: string | undefined): TThingForm {
  return { name: "", category: "IoT", assetValue: 1, profileGroup: firstGroup ?? "", expiresOn: "" };
}

export function thingFormOf(thing: TAcretoThingRow): TThingForm {
  return { name: thing.name, category: thing.category, assetValue: thing.assetValue, profileGroup: thing.profileGroup, expiresOn: thing.expiresAt?.slice(0, 10) ?? "" };
}

export function toThingInput(form: TThingForm): TAcretoThingInput {
  return { name: form.name, type: "device", category: form.category, assetValue: form.assetValue, profileGroup: form.profileGroup, expiry: expiryOf(form.expiresOn) };
}

/** The edit's fields; the expiry only when it was changed, so an expiry kind the form cannot show survives. */
export function toThingChanges(form: TThingForm, expiryChanged: boolean): TAcretoThingChanges {
  const { name, category, assetValue, profileGroup } = form;
  return expiryChanged ? { name, category, assetValue, profileGroup, expiry: expiryOf(form.expiresOn) } : { name, category, assetValue, profileGroup };
}
