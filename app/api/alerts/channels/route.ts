import { ZAlertChannelInput } from "@/lib/alerts/channel-schemas";
import { createChannel, listChannels } from "@/lib/server/alerts/channel-store";
import { sendStandingAlertsTo } from "@/lib/server/alerts/standing-alerts";
import { audit } from "@/lib/server/audit";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";

export const GET = withSession("admin", async () => Response.json({ channels: await listChannels() }));

export const POST = withSession("admin", async (req, { user }) => {
  const input = await readJson(req, ZAlertChannelInput);
  const channel = await createChannel(input);
  // What is down now and reached no channel yet goes to this one with the next pass.
  if (channel.enabled) await sendStandingAlertsTo({ id: channel.id, name: channel.name, kind: channel.kind });
  const target = channel.kind === "email" ? { host: channel.email.host } : { host: channel.webhook.host, format: channel.webhook.format };
  await audit({ actor: user, action: "alert_channel.create", target: `${channel.kind}:${channel.name}`, details: { id: channel.id, ...target, enabled: channel.enabled } });
  return Response.json({ channel }, { status: 201 });
});
