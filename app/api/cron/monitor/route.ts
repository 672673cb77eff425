import { errorResponse } from "@/lib/server/http/error-response";
import { cronAuthorized } from "@/lib/server/monitor/cron-authorized";
import { runMonitorOnce } from "@/lib/server/monitor/run-monitor-once";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

/** One scheduled pass (the Nettica monitor and every vendor's attention alerts), for Vercel Cron (which sends `Authorization: Bearer $CRON_SECRET`). */
export async function GET(req: Request): Promise<Response> {
  const secret = process.env.CRON_SECRET;
  if (!secret) {
    return Response.json({ error: "not_configured", message: "Set CRON_SECRET to run the monitor from a cron job" }, { status: 503 });
  }
  if (!cronAuthorized(req, secret)) return Response.json({ error: "unauthenticated", message: "Send Authorization: Bearer <CRON_SECRET>" }, { status: 401 });
  try {
    const pass = await runMonitorOnce();
    return Response.json({ checks: pass.checks, attention: pass.attention, delivery: pass.delivery });
  } catch (error) {
    return errorResponse(error);
  }
}
