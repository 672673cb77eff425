import "server-only";
import type { TChannelTestResult } from "@/lib/alerts/channel-schemas";
import { getDb } from "../db/client";
import { testMessage } from "./alert-message";
import { loadChannelRow } from "./channel-row";
import { channelTarget } from "./channel-target";
import { recordChannelResult } from "./record-channel-result";
import { sendToChannel, type TSendOutcome } from "./send-to-channel";

/** "Send test": one real message through the channel, its outcome kept as the channel's last delivery. */
export async function testChannel(id: string): Promise<{ result: TChannelTestResult; target: string }> {
  const row = await loadChannelRow(id);
  const at = new Date();
  let outcome: TSendOutcome;
  try {
    outcome = await sendToChannel(channelTarget(row), testMessage(row.name, at));
  } catch {
    outcome = { ok: false, error: "The channel's secret cannot be decrypted (was ENCRYPTION_KEY changed?)" };
  }
  await recordChannelResult(await getDb(), row.id, outcome, at, true);
  return {
    target: `${row.kind}:${row.name}`,
    result: { ok: outcome.ok, message: outcome.ok ? `Test sent through ${row.name}` : outcome.error, at: at.toISOString() },
  };
}
