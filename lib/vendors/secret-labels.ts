import { VENDOR_INFO, VENDORS, type TVendor } from "./vendor-info";

/** The connection form's label without its format note: "MFA seed (base32)" → "MFA seed". */
const badgeName = (label: string) => label.replace(/\s*\(.*\)\s*$/, "");

/** Each vendor's secret fields in the admin's words, from the connection form's own labels. */
export const SECRET_LABELS: Record<TVendor, Record<string, string>> = Object.fromEntries(
  VENDORS.map((vendor) => [vendor, Object.fromEntries(VENDOR_INFO[vendor].fields.filter((field) => field.secret).map((field) => [field.key, badgeName(field.label)]))]),
) as Record<TVendor, Record<string, string>>;

/** A secret's badge: "MFA seed stored", or "No MFA seed" when none is (a key the form does not know shows as it is). */
export function secretBadgeText(vendor: TVendor, key: string, set: boolean): string {
  const name = SECRET_LABELS[vendor][key] ?? key;
  // "No password", but "No API key": only a capital that starts an ordinary word is lowered.
  return set ? `${name} stored` : `No ${name.replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase())}`;
}
