// The rules an alert can come from, without zod or server imports: the Alerts page names and mutes them.
import { ATTENTION_KINDS, type TAttentionKind } from "@/lib/attention/attention-kinds";
import { VENDOR_NAMES, type TVendor } from "@/lib/vendors/vendor-names";

/** The Nettica monitor's VPN down/up events; every other alert comes from an attention kind. */
export const NETTICA_VPN_RULE = "nettica.vpn_down";

export type TAlertRule = typeof NETTICA_VPN_RULE | TAttentionKind;

export const ALERT_RULES = [NETTICA_VPN_RULE, ...(Object.keys(ATTENTION_KINDS) as TAttentionKind[])] as [TAlertRule, ...TAlertRule[]];

/** The vendor a rule belongs to: its prefix. */
export const ruleVendor = (rule: TAlertRule) => rule.slice(0, rule.indexOf(".")) as TVendor;

/** "Megaport: services down", "Nettica: VPNs down (the monitor)". */
export function ruleWords(rule: TAlertRule): string {
  const what = rule === NETTICA_VPN_RULE ? "VPNs down (the monitor)" : ATTENTION_KINDS[rule][1];
  return `${VENDOR_NAMES[ruleVendor(rule)].label}: ${what}`;
}
