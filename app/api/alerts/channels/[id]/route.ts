import { ZAlertChannelPatch } from "@/lib/alerts/channel-schemas";
import { deleteChannel, updateChannel } from "@/lib/server/alerts/channel-store";
import { audit } from "@/lib/server/audit";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";

type TParams = { id: string };

export const PATCH = withSession<TParams>("admin", async (req, { params, user }) => {
  const patch = await readJson(req, ZAlertChannelPatch);
  const { channel, replacedSecrets, clearedSecrets } = await updateChannel(params.id, patch);
  await audit({
    actor: user,
    action: "alert_channel.update",
    target: `${channel.kind}:${channel.name}`,
    details: { id: channel.id, enabled: channel.enabled, ...(channel.kind === "webhook" ? { format: channel.webhook.format } : {}), replacedSecrets, clearedSecrets },
  });
  return Response.json({ channel });
});

export const DELETE = withSession<TParams>("admin", async (_req, { params, user }) => {
  const channel = await deleteChannel(params.id);
  await audit({ actor: user, action: "alert_channel.delete", target: `${channel.kind}:${channel.name}`, details: { id: channel.id } });
  return new Response(null, { status: 204 });
});
