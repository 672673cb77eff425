import "server-only";
import type { TAlertKind } from "@/lib/alerts/event-schemas";
import type { TVendor } from "@/lib/vendors/vendor-info";
import { attentionSubject } from "../attention/attention-alert-text";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import type { TAlertEventRow } from "./claim-alert-event";
import { consoleLink } from "./console-link";

/** The facts of one alert event, as every channel gets them beside the text (the generic webhook's `event`). */
export type TAlertEventFacts = {
  id: number;
  /** down: went down or entered attention; up: back up or cleared. */
  kind: TAlertKind;
  transition: "entered" | "cleared";
  at: string;
  vendor: TVendor;
  /** "nettica.vpn_down" (the monitor) or the attention kind. */
  rule: string;
  itemId: string;
  title: string;
  detail: string;
  severity: "critical" | "warning";
  connection: string;
  connectionId: string;
  /** The console page, and the same as a full URL when NEXTAUTH_URL is set. */
  href: string | null;
  url: string | null;
  /** The Nettica monitor's VPN events only; null for the others. */
  device: string | null;
  vpn: string | null;
  network: string | null;
  lastSeen: string | null;
};

/** What every channel sends: a subject and a text, plus the same facts as fields. */
export type TAlertMessage = {
  subject: string;
  /** The whole text (a mail's, the generic webhook's), the link to the item's page included. */
  text: string;
  /** The text without that link, for formats that show the link as a button or a link of their own. */
  body: string;
  /** Receivers may drop a second copy with the same key (email Message-ID, webhook Idempotency-Key). */
  idempotencyKey: string;
  event: TAlertEventFacts | null;
};

const utc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export type TStoredEvent = Pick<
  TAlertEventRow,
  "id" | "deliveryKey" | "kind" | "at" | "vendor" | "rule" | "itemId" | "title" | "detail" | "href" | "severity" | "connectionId" | "connectionName" | "deviceName" | "vpnName" | "netName" | "lastSeen" | "message"
>;

/** The monitor's VPN events read as they always did; every other event names its item and vendor, with a link to its page. */
export function alertMessage(event: TStoredEvent): TAlertMessage {
  const url = consoleLink(event.href);
  const facts: TAlertEventFacts = {
    id: event.id,
    kind: event.kind,
    transition: event.kind === "down" ? "entered" : "cleared",
    at: event.at.toISOString(),
    vendor: event.vendor,
    rule: event.rule,
    itemId: event.itemId,
    title: event.title,
    detail: event.detail,
    severity: event.severity,
    connection: event.connectionName,
    connectionId: event.connectionId,
    href: event.href,
    url,
    device: event.deviceName,
    vpn: event.vpnName,
    network: event.netName,
    lastSeen: event.lastSeen?.toISOString() ?? null,
  };
  const idempotencyKey = `patchbay-alert-${event.deliveryKey}`;
  if (event.rule === NETTICA_VPN_RULE) {
    const what = event.kind === "down" ? "down" : "back up";
    return { subject: `Nettica VPN ${what}: ${event.deviceName} / ${event.vpnName}`, text: event.message, body: event.message, idempotencyKey, event: facts };
  }
  const link = url ? `Open in Patchbay: ${url}` : event.href ? `In Patchbay: ${event.href}` : "";
  return { subject: attentionSubject(event), text: link ? `${event.message}\n${link}` : event.message, body: event.message, idempotencyKey, event: facts };
}

export function testMessage(channelName: string, at: Date): TAlertMessage {
  const text = `Patchbay: this is a test of the alert channel "${channelName}". Alerts will arrive like this: when something enters attention on any connection, and when it is clear again.`;
  return {
    subject: "Patchbay test alert",
    text,
    body: text,
    idempotencyKey: `patchbay-test-${at.getTime()}`,
    event: null,
  };
}

/** Told to the other channels when one keeps failing, so an alert it cannot carry is not missed. */
export function failingChannelMessage(channel: { id: string; name: string; kind: string }, alert: { subject: string }, failure: { attempts: number; error: string | null; since: Date }, at: Date): TAlertMessage {
  const text =
    `Patchbay could not send "${alert.subject}" to the ${channel.kind} channel "${channel.name}" in ${failure.attempts} tries since ${utc(failure.since)}` +
    `${failure.error ? ` (last error: ${failure.error})` : ""}. It keeps retrying it; until that channel works again, alerts reach you here. Check it under Alerts → Channels.`;
  return {
    subject: `Patchbay: alert channel "${channel.name}" keeps failing`,
    text,
    body: text,
    idempotencyKey: `patchbay-channel-failing-${channel.id}-${at.getTime()}`,
    event: null,
  };
}
