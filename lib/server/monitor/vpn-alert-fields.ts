import "server-only";
import { netticaDeviceHref } from "@/lib/attention/item-hrefs";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";

type TVpnNames = { deviceId: string; deviceName: string; vpnId: string; vpnName: string; netName: string };

/**
 * The fields every alert event carries, for a VPN the monitor judged: so the history, the webhook
 * and a later timeline read a VPN's events like any attention item's. The item id has the form of
 * an attention item's (vendor/connection/rule/subject, each part percent-encoded).
 */
export function vpnAlertFields(connectionId: string, vpn: TVpnNames) {
  return {
    vendor: "nettica" as const,
    rule: NETTICA_VPN_RULE,
    itemId: ["nettica", connectionId, "vpn_down", vpn.vpnId].map(encodeURIComponent).join("/"),
    title: `VPN ${vpn.vpnName} on ${vpn.deviceName} is down`,
    detail: `in network ${vpn.netName}`,
    href: netticaDeviceHref(connectionId, vpn.deviceId),
    severity: "critical" as const,
  };
}
