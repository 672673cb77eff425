import { sql } from "drizzle-orm";
import { database } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database, no sign-in needed; says nothing about vendors or users. */
export async function GET() {
  const started = performance.now();
  try {
    const { db, kind } = await database();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: { kind, ok: true, latencyMs: Math.round(performance.now() - started) } });
  } catch {
    return Response.json({ status: "error", database: { ok: false } }, { status: 503 });
  }
}
