import "server-only";
import type { TAlertKind } from "@/lib/alerts/event-schemas";

/** What every channel sends: a subject and a line of text, plus the same facts as fields. */
export type TAlertMessage = {
  subject: string;
  text: string;
  /** Receivers may drop a second copy with the same key (email Message-ID, webhook Idempotency-Key). */
  idempotencyKey: string;
  event: {
    id: number;
    kind: TAlertKind;
    at: string;
    connection: string;
    device: string;
    vpn: string;
    network: string;
    lastSeen: string | null;
  } | null;
};

export type TTransition = {
  kind: TAlertKind;
  at: Date;
  connectionName: string;
  deviceName: string;
  vpnName: string;
  netName: string;
  lastSeen: Date | null;
  /** When the VPN entered the state it is leaving. */
  previousSince: Date | null;
};

const utc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

function minutes(ms: number): string {
  if (ms < 60_000) return "under a minute";
  const total = Math.round(ms / 60_000);
  return total < 120 ? `${total} min` : `${Math.round(total / 60)} h`;
}

/** The seed script's sentence ("Your device %s with VPN %s is down"), with what the admin needs next. */
export function transitionText(t: TTransition): string {
  const subject = `Nettica: your device ${t.deviceName} with VPN ${t.vpnName} (network ${t.netName})`;
  const seen = t.lastSeen ? `last seen ${utc(t.lastSeen)}` : "never seen";
  if (t.kind === "down") {
    const ago = t.lastSeen ? `, ${minutes(t.at.getTime() - t.lastSeen.getTime())} ago` : "";
    return `${subject} is down: ${seen}${ago}. Connection: ${t.connectionName}.`;
  }
  const downFor = t.previousSince ? ` after ${minutes(t.at.getTime() - t.previousSince.getTime())} down` : "";
  return `${subject} is back up${downFor}: ${seen}. Connection: ${t.connectionName}.`;
}

export type TStoredEvent = {
  id: number;
  deliveryKey: string;
  kind: TAlertKind;
  at: Date;
  connectionName: string;
  deviceName: string;
  vpnName: string;
  netName: string;
  lastSeen: Date | null;
  message: string;
};

export function alertMessage(event: TStoredEvent): TAlertMessage {
  const what = event.kind === "down" ? "down" : "back up";
  return {
    subject: `Nettica VPN ${what}: ${event.deviceName} / ${event.vpnName}`,
    text: event.message,
    idempotencyKey: `patchbay-alert-${event.deliveryKey}`,
    event: {
      id: event.id,
      kind: event.kind,
      at: event.at.toISOString(),
      connection: event.connectionName,
      device: event.deviceName,
      vpn: event.vpnName,
      network: event.netName,
      lastSeen: event.lastSeen?.toISOString() ?? null,
    },
  };
}

export function testMessage(channelName: string, at: Date): TAlertMessage {
  return {
    subject: "Patchbay test alert",
    text: `Patchbay: this is a test of the alert channel "${channelName}". Nettica VPN down/up alerts will arrive like this.`,
    idempotencyKey: `patchbay-test-${at.getTime()}`,
    event: null,
  };
}

/** Told to the other channels when one keeps failing, so an alert it cannot carry is not missed. */
export function failingChannelMessage(channel: { id: string; name: string; kind: string }, alert: { subject: string }, failure: { attempts: number; error: string | null; since: Date }, at: Date): TAlertMessage {
  return {
    subject: `Patchbay: alert channel "${channel.name}" keeps failing`,
    text:
      `Patchbay could not send "${alert.subject}" to the ${channel.kind} channel "${channel.name}" in ${failure.attempts} tries since ${utc(failure.since)}` +
      `${failure.error ? ` (last error: ${failure.error})` : ""}. It keeps retrying it; until that channel works again, alerts reach you here. Check it under Alerts → Channels.`,
    idempotencyKey: `patchbay-channel-failing-${channel.id}-${at.getTime()}`,
    event: null,
  };
}
