// The enrolment form's starting values and what it sends, without zod: the enrol dialog needs them
// before its form (and the form's schema, enrol-form-schema.ts) has loaded.
import type { TN2nEnrolment } from "@/lib/vendors/n2n/schemas";
import type { TEnrolForm, TEnrolFormInput } from "./enrol-form-schema";

export const emptyEnrolForm = (enterpriseId = ""): TEnrolFormInput => ({
  mode: "otaa",
  deviceId: "",
  name: "",
  enterpriseId,
  deviceClass: "A",
  appEui: "",
  appKey: "",
  nwAddress: "",
  nwKey: "",
  appSKey: "",
});

/** What POST devices takes: upper-case hex, only the keys of the chosen mode, optional ones only when given. */
export function toEnrolment(form: TEnrolForm): TN2nEnrolment {
  const up = (text: string) => text.toUpperCase();
  const base = { deviceId: up(form.deviceId), name: form.name, enterpriseId: form.enterpriseId };
  const nwAddress = form.nwAddress ? { nwAddress: up(form.nwAddress) } : {};
  return form.mode === "otaa"
    ? { ...base, enrolment: { mode: "otaa", class: form.deviceClass, otaa: { appEui: up(form.appEui), appKey: up(form.appKey), ...nwAddress } } }
    : { ...base, enrolment: { mode: "abp", class: form.deviceClass, abp: { nwAddress: up(form.nwAddress), nwKey: up(form.nwKey), ...(form.appSKey ? { appSKey: up(form.appSKey) } : {}) } } };
}
