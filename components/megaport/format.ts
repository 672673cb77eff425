import type { TBadgeTone } from "@/components/ui/badge";
import type { TMegaportLocationView } from "@/lib/vendors/megaport/views";

export const TYPE_LABEL: Record<string, string> = { MEGAPORT: "Port", MCR2: "MCR", MVE: "MVE", VXC: "VXC", IX: "IX" };
export const typeLabel = (type: string) => TYPE_LABEL[type] ?? type;

/** Megaport's provisioning statuses in the order a service goes through them. */
export const STATUS_ORDER = ["DESIGN", "DEPLOYABLE", "NEW", "CONFIGURED", "LIVE", "CANCELLED", "DECOMMISSIONED"] as const;

const STATUS_LOOK: Record<string, { label: string; tone: TBadgeTone }> = {
  LIVE: { label: "Live", tone: "green" },
  CONFIGURED: { label: "Configured", tone: "blue" },
  NEW: { label: "New", tone: "blue" },
  DESIGN: { label: "Design", tone: "gray" },
  DEPLOYABLE: { label: "Deployable", tone: "blue" },
  CANCELLED: { label: "Cancelled", tone: "amber" },
  DECOMMISSIONED: { label: "Decommissioned", tone: "gray" },
};

export const statusLook = (status: string) => STATUS_LOOK[status] ?? { label: status, tone: "gray" as const };

/** 10000 → "10 Gbps", 500 → "500 Mbps", null → "—". */
export function formatSpeed(mbps: number | null): string {
  if (mbps === null) return "—";
  return mbps >= 1000 && mbps % 100 === 0 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`;
}

/** "Equinix SY1, Sydney, Australia" */
export function formatLocation(location: TMegaportLocationView | null): string {
  if (!location) return "—";
  return [location.name, location.city, location.country].filter(Boolean).join(", ");
}

const PERMISSION_LABEL: Record<string, string> = {
  services: "Services",
  approve_order: "Approve orders",
  place_order: "Place orders",
  company_admin: "Company admin",
  technical_admin: "Technical admin",
  technical_contact: "Technical contact",
  read_only: "Read only",
  financials: "Financials",
  tools: "Tools",
  notifications: "Notifications",
  virtual_employee: "Virtual employee",
  tickets: "Tickets",
  graphs: "Graphs",
};

/** "approve_order" → "Approve orders"; an unknown permission as Megaport names it. */
export const permissionLabel = (permission: string) => PERMISSION_LABEL[permission] ?? permission.replace(/_/g, " ");

export const plural = (count: number, noun: string, many = `${noun}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? noun : many}`;
