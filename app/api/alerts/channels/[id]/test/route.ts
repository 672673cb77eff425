import { testChannel } from "@/lib/server/alerts/test-channel";
import { audit } from "@/lib/server/audit";
import { withSession } from "@/lib/server/http/with-session";

export const POST = withSession<{ id: string }>("admin", async (_req, { params, user }) => {
  const { result, target } = await testChannel(params.id);
  await audit({ actor: user, action: "alert_channel.test", target, outcome: result.ok ? "ok" : "failed", details: { id: params.id, message: result.message } });
  return Response.json({ result });
});
