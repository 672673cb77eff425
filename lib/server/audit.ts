import "server-only";
import { and, desc, eq, gte, ilike, lt, lte, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "./db/client";
import { auditEvents } from "./db/schema";
import { redactValue } from "./redact";

export type TAuditActor = { id: string; email: string } | null;
export type TAuditInput = {
  actor: TAuditActor;
  action: string;
  target?: string;
  outcome?: "ok" | "denied" | "failed";
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** The client address of the request being handled, when there is one. */
async function requestIp(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    const list = await headers();
    return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip");
  } catch {
    return null; // outside a request (start-up, tests)
  }
}

/** Appends one event; details are redacted so no secret ever lands in the trail. */
export async function audit(event: TAuditInput): Promise<void> {
  const db = await getDb();
  const ip = event.ip ?? (await requestIp());
  await db.insert(auditEvents).values({
    actorId: event.actor?.id ?? null,
    actorEmail: event.actor?.email ?? null,
    action: event.action,
    target: event.target ?? null,
    outcome: event.outcome ?? "ok",
    ip,
    details: redactValue(event.details ?? {}) as Record<string, unknown>,
  });
}

export const ZAuditQuery = z.object({
  action: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  outcome: z.enum(["ok", "denied", "failed"]).optional(),
  q: z.string().max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export type TAuditEvent = typeof auditEvents.$inferSelect;

/** Newest first; `before` is the id of the last event of the previous page. */
export async function listAudit(query: TAuditQuery): Promise<TAuditEvent[]> {
  const db = await getDb();
  const where: SQL[] = [];
  if (query.action) where.push(ilike(auditEvents.action, `${escapeLike(query.action)}%`));
  if (query.actor) where.push(ilike(auditEvents.actorEmail, `%${escapeLike(query.actor)}%`));
  if (query.outcome) where.push(eq(auditEvents.outcome, query.outcome));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    where.push(or(ilike(auditEvents.target, like), ilike(auditEvents.action, like), ilike(auditEvents.actorEmail, like))!);
  }
  if (query.from) where.push(gte(auditEvents.at, query.from));
  if (query.to) where.push(lte(auditEvents.at, query.to));
  if (query.before) where.push(lt(auditEvents.id, query.before));
  return db
    .select()
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(query.limit);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
