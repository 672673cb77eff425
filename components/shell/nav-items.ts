import type { TRole } from "@/lib/role-names";
import { VENDORS, VENDOR_NAMES } from "@/lib/vendors/vendor-names";

export type TNavItem = { href: string; label: string; hint?: string; role: TRole };

export const NAV_ITEMS: TNavItem[] = [
  { href: "/", label: "Overview", role: "viewer" },
  ...VENDORS.map((vendor) => ({ href: VENDOR_NAMES[vendor].href, label: VENDOR_NAMES[vendor].label, hint: VENDOR_NAMES[vendor].area, role: "viewer" as const })),
  { href: "/alerts", label: "Alerts", role: "viewer" },
  { href: "/audit", label: "Audit", role: "admin" },
  { href: "/settings/connections", label: "Connections", hint: "Settings", role: "admin" },
  { href: "/settings/users", label: "Users", hint: "Settings", role: "admin" },
  { href: "/settings/security", label: "Security", hint: "Settings", role: "viewer" },
];
