import "server-only";
import type { TAlertKind } from "@/lib/alerts/event-schemas";

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
  /** Down already when the monitor first saw it (no transition was seen). */
  found?: boolean;
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
    const found = t.found ? " (found down when monitoring began)" : "";
    return `${subject} is down${found}: ${seen}${ago}. Connection: ${t.connectionName}.`;
  }
  const downFor = t.previousSince ? ` after ${minutes(t.at.getTime() - t.previousSince.getTime())} down` : "";
  return `${subject} is back up${downFor}: ${seen}. Connection: ${t.connectionName}.`;
}
