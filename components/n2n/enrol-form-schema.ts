import { z } from "zod";
import { N2N_DEVICE_CLASSES, ZN2nEnterpriseId } from "@/lib/vendors/n2n/schemas";

const HEX = /^[0-9a-fA-F]*$/;
// Pasted keys often carry spaces, colons or dashes between bytes: those are dropped before checking.
const hexField = (name: string, length: number) =>
  z
    .string()
    .transform((text) => text.replace(/[\s:-]/g, ""))
    .refine((text) => HEX.test(text), `${name} may only hold hex digits (0-9, A-F)`)
    .refine((text) => text.length === length, `${name} is ${length} hex characters (${length / 2} bytes)`);
const optionalHex = z.string().transform((text) => text.replace(/[\s:-]/g, ""));

type TKeyRule = [field: "appEui" | "appKey" | "nwAddress" | "nwKey" | "appSKey", name: string, length: number, required: boolean];
// N2N's own names (docs.nnnco.io, device enrolment): OTAA may also fix the network address; ABP may also fix the app session key.
const OTAA_RULES: TKeyRule[] = [["appEui", "AppEUI", 16, true], ["appKey", "AppKey", 32, true], ["nwAddress", "Network address", 8, false]];
const ABP_RULES: TKeyRule[] = [["nwAddress", "Network address", 8, true], ["nwKey", "Network key", 32, true], ["appSKey", "AppSKey", 32, false]];

/** The enrolment form as the operator fills it in; the keys of the mode not picked are ignored. */
export const ZEnrolForm = z
  .object({
    mode: z.enum(["otaa", "abp"]),
    deviceId: hexField("DevEUI", 16),
    name: z.string().trim().min(1, "Give the device a name").max(64, "At most 64 characters"),
    enterpriseId: ZN2nEnterpriseId,
    deviceClass: z.enum(N2N_DEVICE_CLASSES, "Class A or C: N2N does not enrol Class B devices through its API"),
    appEui: optionalHex,
    appKey: optionalHex,
    nwAddress: optionalHex,
    nwKey: optionalHex,
    appSKey: optionalHex,
  })
  .superRefine((form, ctx) => {
    for (const [field, name, length, required] of form.mode === "otaa" ? OTAA_RULES : ABP_RULES) {
      if (!required && form[field] === "") continue;
      const outcome = hexField(name, length).safeParse(form[field]);
      if (!outcome.success) ctx.addIssue({ code: "custom", path: [field], message: outcome.error.issues[0]!.message });
    }
  });
export type TEnrolFormInput = z.input<typeof ZEnrolForm>;
export type TEnrolForm = z.output<typeof ZEnrolForm>;

export { emptyEnrolForm, toEnrolment } from "./enrol-form-values";
