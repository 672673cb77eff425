// The pages and actions the palette offers, each with the lowest role that may use it (as the pages check).
import { hasRole, type TRole } from "@/lib/role-names";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import type { TConsolePage } from "./search-types";

const ACTIONS: TConsolePage[] = [
  { title: "Add a connection", hint: "Settings → Connections", href: "/settings/connections", kind: "action", role: "admin", keywords: "new vendor credentials" },
  { title: "Add a user", hint: "Settings → Users", href: "/settings/users", kind: "action", role: "admin", keywords: "new invite account" },
  { title: "Smart Assign a block", hint: "6connect ProVision", href: "/ipam", kind: "action", role: "operator", keywords: "ipam allocate assign subnet" },
  { title: "Enrol an N2N device", hint: "N2N DL", href: "/n2n", kind: "action", role: "operator", keywords: "lorawan add new enroll" },
  { title: "Mute an alert rule", hint: "Alerts", href: "/alerts", kind: "action", role: "operator", keywords: "silence pause" },
];

const PAGES: TConsolePage[] = NAV_ITEMS.map((item) => ({
  title: item.hint === "Settings" ? `Settings → ${item.label}` : item.label,
  hint: item.hint && item.hint !== "Settings" ? item.hint : "Page",
  href: item.href,
  kind: "page",
  role: item.role,
  keywords: "",
}));

/** Every page and action the role may use, in the sidebar's order, actions after pages. */
export function consolePagesFor(role: TRole): TConsolePage[] {
  return [...PAGES, ...ACTIONS].filter((page) => hasRole(role, page.role));
}

/** The role's pages and actions whose words hold every typed word. */
export function matchingPages(role: TRole, query: string): TConsolePage[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return consolePagesFor(role).filter((page) => {
    const text = `${page.title} ${page.hint} ${page.keywords}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
