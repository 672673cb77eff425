import { z } from "zod";
import { listAlertEvents } from "@/lib/server/alerts/alert-events";
import { deliverPendingAlerts } from "@/lib/server/alerts/deliver-pending-alerts";
import { sendAgain } from "@/lib/server/alerts/send-again";
import { audit } from "@/lib/server/audit";
import { getDb } from "@/lib/server/db/client";
import { withSession } from "@/lib/server/http/with-session";

const ZId = z.coerce.number().int().positive("Unknown alert");

/** An operator sends a given-up alert again: at once, then retried like a new one. */
export const POST = withSession<{ id: string }>("operator", async (_req, { params, user }) => {
  const id = ZId.parse(params.id);
  const db = await getDb();
  const channels = await sendAgain(db, id);
  await audit({ actor: user, action: "alert.send_again", target: `alert:${id}`, details: { channels } });
  await deliverPendingAlerts(db);
  const [event] = await listAlertEvents({ limit: 1, before: id + 1 });
  return Response.json({ event });
});
