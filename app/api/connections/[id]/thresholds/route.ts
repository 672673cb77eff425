import { ZThresholdsInput } from "@/lib/attention/threshold-schemas";
import { saveThresholds, thresholdsView } from "@/lib/server/attention/attention-thresholds";
import { audit } from "@/lib/server/audit";
import { getConnection } from "@/lib/server/connections";
import { getDb } from "@/lib/server/db/client";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";

type TParams = { id: string };

/** What the connection's attention rules and alerts judge by (environment connections too). Any signed-in role: no secret is in it. */
export const GET = withSession<TParams>("viewer", async (_req, { params }) => {
  const connection = await getConnection(params.id);
  return Response.json({ thresholds: await thresholdsView(await getDb(), connection) });
});

/** Sets them: the vendor's keys only, each in bounds (400 names the field); an omitted key follows the default. */
export const PUT = withSession<TParams>("admin", async (req, { params, user }) => {
  const connection = await getConnection(params.id);
  const values = await readJson(req, ZThresholdsInput[connection.vendor]);
  const thresholds = await saveThresholds(await getDb(), connection, values, user.email);
  await audit({
    actor: user,
    action: "connection.thresholds",
    target: `${connection.vendor}:${connection.name}`,
    details: { id: connection.id, thresholds: Object.fromEntries(thresholds.custom.map((key) => [key, thresholds.thresholds[key]])) },
  });
  return Response.json({ thresholds });
});
