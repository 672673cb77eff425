import "server-only";
import { and, count, desc, eq, gte, ilike, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "./db/client";
import { auditEvents } from "./db/schema";
import { redactValue } from "./redact";
import { escapeLike } from "./db/escape-like";

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

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => value || undefined);
const ZMoment = z.coerce.date({ error: "Give a date and time, e.g. 2026-03-01T08:00:00Z" }).optional();

const FILTER = {
  action: ZOptionalText(100),
  actor: ZOptionalText(200),
  outcome: z.enum(["ok", "denied", "failed"], { error: "Outcome is ok, denied or failed" }).optional(),
  q: ZOptionalText(200),
  from: ZMoment,
  to: ZMoment,
};
const inOrder = (filter: { from?: Date; to?: Date }) => !filter.from || !filter.to || filter.from <= filter.to;
const RANGE_ORDER = { message: "The range ends before it starts", path: ["to"] };

/** What the admin filters the trail by: every filter narrows, a range is inclusive at both ends. */
export const ZAuditFilter = z.object(FILTER).refine(inOrder, RANGE_ORDER);
export type TAuditFilter = Partial<z.output<typeof ZAuditFilter>>;

export const AUDIT_PAGE_MAX = 500;
/** A filter and one page of it: `before` is the id of the previous page's last event. */
export const ZAuditQuery = z
  .object({
    ...FILTER,
    before: z.coerce.number({ error: "before is an event id" }).int("before is an event id").positive("before is an event id").optional(),
    limit: z.coerce.number({ error: "limit is a number" }).int("limit is a whole number").min(1, "limit is at least 1").max(AUDIT_PAGE_MAX, `limit is at most ${AUDIT_PAGE_MAX}`).default(100),
  })
  .refine(inOrder, RANGE_ORDER);
export type TAuditQuery = Partial<z.output<typeof ZAuditQuery>>;

export type TAuditEvent = typeof auditEvents.$inferSelect;

function filterWhere(query: TAuditFilter & { before?: number }): SQL | undefined {
  const where: SQL[] = [];
  if (query.action) where.push(ilike(auditEvents.action, `${escapeLike(query.action)}%`));
  if (query.actor) where.push(ilike(auditEvents.actorEmail, `%${escapeLike(query.actor)}%`));
  if (query.outcome) where.push(eq(auditEvents.outcome, query.outcome));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    // Details too: a vendor change names its connection there, a refused sign-in its reason.
    where.push(or(ilike(auditEvents.target, like), ilike(auditEvents.action, like), ilike(auditEvents.actorEmail, like), ilike(auditEvents.ip, like), ilike(sql`${auditEvents.details}::text`, like))!);
  }
  if (query.from) where.push(gte(auditEvents.at, query.from));
  if (query.to) where.push(lte(auditEvents.at, query.to));
  if (query.before) where.push(lt(auditEvents.id, query.before));
  return where.length ? and(...where) : undefined;
}

/** Newest first; `before` is the id of the last event of the previous page. */
export async function listAudit(query: TAuditFilter & { before?: number; limit?: number }): Promise<TAuditEvent[]> {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(filterWhere(query))
    .orderBy(desc(auditEvents.id))
    .limit(query.limit ?? 100);
}

/** Counting stops here: beyond it the page says "more than 10,000", and the count costs no more. */
export const AUDIT_COUNT_CAP = 10_000;

/** How many events match the filter, up to AUDIT_COUNT_CAP + 1 (then: more than the cap). */
export async function countAudit(filter: TAuditFilter): Promise<number> {
  const db = await getDb();
  const matching = db.select({ id: auditEvents.id }).from(auditEvents).where(filterWhere(filter)).limit(AUDIT_COUNT_CAP + 1).as("matching");
  const [row] = await db.select({ n: count() }).from(matching);
  return row?.n ?? 0;
}

