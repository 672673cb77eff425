import { z } from "zod";
import { N2N_DEVICE_CLASSES, ZN2nEnterpriseId, type TN2nEnrolment } from "@/lib/vendors/n2n/schemas";

const HEX = /^[0-9a-fA-F]*$/;
// Pasted keys often carry spaces, colons or dashes between bytes: those are dropped before checking.
const hexField = (name: string, length: number) =>
  z
    .string()
    .transform((text) => text.replace(/[\s:-]/g, ""))
    .refine((text) => HEX.test(text), `${name} may only hold hex digits (0-9, A-F)`)
    .refine((text) => text.length === length, `${name} is ${length} hex characters (${length / 2} bytes)`);
const optionalHex = z.string().transform((text) => text.replace(/[\s:-]/g, ""));

/** The enrolment form as the operator fills it in; the keys of the mode not picked are ignored. */
export const ZEnrolForm = z
  .object({
    mode: z.enum(["otaa", "abp"]),
    deviceId: hexField("DevEUI", 16),
    name: z.string().trim().min(1, "Give the device a name").max(64, "At most 64 characters"),
    enterpriseId: ZN2nEnterpriseId,
    deviceClass: z.enum(N2N_DEVICE_CLASSES),
    appEui: optionalHex,
    appKey: optionalHex,
    devAddr: optionalHex,
    nwkSKey: optionalHex,
    appSKey: optionalHex,
  })
  .superRefine((form, ctx) => {
    const fields: [keyof typeof form, string, number][] =
      form.mode === "otaa"
        ? [["appEui", "AppEUI", 16], ["appKey", "AppKey", 32]]
        : [["devAddr", "DevAddr", 8], ["nwkSKey", "NwkSKey", 32], ["appSKey", "AppSKey", 32]];
    for (const [field, name, length] of fields) {
      const outcome = hexField(name, length).safeParse(form[field]);
      if (!outcome.success) ctx.addIssue({ code: "custom", path: [field], message: outcome.error.issues[0]!.message });
    }
  });
export type TEnrolFormInput = z.input<typeof ZEnrolForm>;
export type TEnrolForm = z.output<typeof ZEnrolForm>;

export const emptyEnrolForm = (enterpriseId = ""): TEnrolFormInput => ({
  mode: "otaa",
  deviceId: "",
  name: "",
  enterpriseId,
  deviceClass: "A",
  appEui: "",
  appKey: "",
  devAddr: "",
  nwkSKey: "",
  appSKey: "",
});

/** What POST devices takes: upper-case hex, and only the keys of the chosen mode. */
export function toEnrolment(form: TEnrolForm): TN2nEnrolment {
  const up = (text: string) => text.toUpperCase();
  const base = { deviceId: up(form.deviceId), name: form.name, enterpriseId: form.enterpriseId };
  return form.mode === "otaa"
    ? { ...base, enrolment: { mode: "otaa", class: form.deviceClass, otaa: { appEui: up(form.appEui), appKey: up(form.appKey) } } }
    : { ...base, enrolment: { mode: "abp", class: form.deviceClass, abp: { devAddr: up(form.devAddr), nwkSKey: up(form.nwkSKey), appSKey: up(form.appSKey) } } };
}
