import { deleteMute } from "@/lib/server/alerts/alert-mutes";
import { audit } from "@/lib/server/audit";
import { withSession } from "@/lib/server/http/with-session";

/** Ends a mute before it expires. */
export const DELETE = withSession<{ id: string }>("operator", async (_req, { params, user }) => {
  const mute = await deleteMute(params.id);
  await audit({ actor: user, action: "alert_mute.delete", target: `rule:${mute.rule}`, details: { id: mute.id, connectionId: mute.connectionId, until: mute.until } });
  return new Response(null, { status: 204 });
});
