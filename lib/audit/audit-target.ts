import { VENDOR_NAMES, VENDORS, type TVendor } from "@/lib/vendors/vendor-names";

/** What an audit event acted on, as the admin names it, and the raw record behind it (for a tooltip). */
export type TTargetName = { name: string; context: string | null; raw: string };
type TTargetEvent = { action: string; target: string | null; details: Record<string, unknown> };

const KINDS: Record<string, string> = {
  vpn: "VPN",
  thing: "Thing",
  user: "User",
  device: "Device",
  block: "Block",
  ecosystem: "Ecosystem",
  alert: "Alert",
  rule: "Rule",
  webhook: "Webhook channel",
  email: "Email channel",
};

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
const isVendor = (area: string): area is TVendor => (VENDORS as readonly string[]).includes(area);

/** "ecosystem:<uuid>/thing:sensor-1" → "Thing sensor-1": the innermost part is what was changed. */
function innermost(target: string): string {
  const last = /^[a-z-]+:[^/]+(\/[a-z-]+:[^/]+)+$/i.test(target) ? target.slice(target.lastIndexOf("/") + 1) : target;
  const match = /^([a-z-]+):(.+)$/i.exec(last);
  if (!match) return last === "vpn-profile" ? "VPN profile" : last;
  const [, kind, value] = match;
  return KINDS[kind!.toLowerCase()] ? `${KINDS[kind!.toLowerCase()]} ${value}` : last;
}

/**
 * Names the target from what the event carries: a vendor change's connection is in its details, a
 * connection's or channel's name is its target after the kind. The raw target (and a stored id)
 * stay available for the tooltip and the CSV.
 */
export function targetName(event: TTargetEvent): TTargetName | null {
  const target = event.target;
  if (target === null || target === "") return null;
  const area = event.action.split(".")[0] ?? "";
  const id = text(event.details.id);
  const raw = id && !target.includes(id) ? `${target} (id ${id})` : target;

  if (isVendor(area)) {
    const connection = text(event.details.connection);
    return { name: innermost(target), context: connection ? `${VENDOR_NAMES[area].label} · ${connection}` : VENDOR_NAMES[area].label, raw };
  }
  const kindAndName = /^([a-z0-9_-]+):(.+)$/i.exec(target);
  if (area === "connection" && kindAndName && isVendor(kindAndName[1]!)) {
    return { name: kindAndName[2]!, context: `${VENDOR_NAMES[kindAndName[1]!].label} connection`, raw };
  }
  if (area === "alert_channel" && kindAndName) {
    return { name: kindAndName[2]!, context: KINDS[kindAndName[1]!] ?? "Alert channel", raw };
  }
  if (kindAndName && KINDS[kindAndName[1]!]) return { name: `${KINDS[kindAndName[1]!]} ${kindAndName[2]}`, context: null, raw };
  return { name: target, context: null, raw };
}
