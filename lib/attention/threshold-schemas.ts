import { z } from "zod";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { THRESHOLD_FIELDS, type TThresholdField, type TThresholds } from "./threshold-fields";

const unitText = (field: TThresholdField, value: number) => (field.unit === "/" ? `/${value}` : `${value} ${field.unit}`);

function fieldSchema(field: TThresholdField) {
  const range = `Enter a whole number from ${unitText(field, field.min)} to ${unitText(field, field.max)}`;
  return z.number({ error: range }).int(range).min(field.min, `At least ${unitText(field, field.min)}`).max(field.max, `At most ${unitText(field, field.max)}`);
}

/** A vendor's thresholds as sent (PUT body, the form): only its own keys, each in bounds; an omitted one follows the default. */
function vendorSchema<V extends TVendor>(vendor: V): z.ZodType<Partial<TThresholds<V>>> {
  const fields: readonly TThresholdField[] = THRESHOLD_FIELDS[vendor];
  return z.strictObject(Object.fromEntries(fields.map((field) => [field.key, fieldSchema(field).optional()]))) as unknown as z.ZodType<Partial<TThresholds<V>>>;
}

const provisionDefaults = Object.fromEntries(THRESHOLD_FIELDS.provision.map((field) => [field.key, field.default]));

export const ZThresholdsInput: { [V in TVendor]: z.ZodType<Partial<TThresholds<V>>> } = {
  nettica: vendorSchema("nettica"),
  acreto: vendorSchema("acreto"),
  provision: vendorSchema("provision").superRefine((values, ctx) => {
    const warning = values.fullWarningPercent ?? provisionDefaults.fullWarningPercent!;
    const critical = values.fullCriticalPercent ?? provisionDefaults.fullCriticalPercent!;
    if (critical < warning) ctx.addIssue({ code: "custom", path: ["fullCriticalPercent"], message: `At least the warning share (${warning} %)` });
  }),
  n2n: vendorSchema("n2n"),
  megaport: vendorSchema("megaport"),
};
