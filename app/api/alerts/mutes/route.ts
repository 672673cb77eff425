import { ZAlertMuteInput } from "@/lib/alerts/mute-schemas";
import { createMute, listActiveMutes } from "@/lib/server/alerts/alert-mutes";
import { audit } from "@/lib/server/audit";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";

export const GET = withSession("viewer", async () => Response.json({ mutes: await listActiveMutes() }));

/** Operators mute a rule's alerts for a while: what an alert they did not need to act on asks for. */
export const POST = withSession("operator", async (req, { user }) => {
  const input = await readJson(req, ZAlertMuteInput);
  const mute = await createMute(input, user.email);
  await audit({ actor: user, action: "alert_mute.create", target: `rule:${mute.rule}`, details: { id: mute.id, connectionId: mute.connectionId, until: mute.until, reason: mute.reason } });
  return Response.json({ mute }, { status: 201 });
});
