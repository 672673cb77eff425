import { withSession } from "@/lib/server/http/with-session";
import { monitorSummary } from "@/lib/server/monitor/monitor-summary";

export const GET = withSession("viewer", async () => Response.json({ monitor: await monitorSummary() }));
