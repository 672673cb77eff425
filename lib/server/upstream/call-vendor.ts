import "server-only";
import type { z } from "zod";
import { collectUnreadable, type TUnreadable } from "@/lib/vendors/tolerant";
import { noteDrift } from "../drift";
import { log } from "../log";
import { Coalescer } from "./coalesce";
import { vendorLabel } from "./credentials";
import { exchange } from "./exchange";
import { otpNotAccepted } from "./mfa";
import { connectionPrefix, readKey, unsignedRequest } from "./request";
import { isIdempotent, isRead } from "./retry";
import { vendorTimeoutMs } from "./transport";
import type { TReply, TUpstreamConnection, TUpstreamRequest, TUpstreamResult } from "./types";
import { VendorError } from "./vendor-error";
import { errorFromReply } from "./vendor-error-body";
import { reportToScope } from "./unreadable-scope";
import { traceCachedReply, traceUncached, type TReadTrace } from "./read-trace";
import { followChanges, forgetSharedReads, sharedRead } from "./shared-reads";

type TFetched = Omit<TUpstreamResult<unknown>, "source"> & { fromOtherInstance?: boolean; storedUntil?: number | null };
const reads = new Coalescer<TFetched>();
// Another instance changed something on a connection: this one's copies of its reads are stale.
followChanges((connectionId) => reads.forget(connectionPrefix({ id: connectionId })));

function dataOf(conn: TUpstreamConnection, request: TUpstreamRequest, reply: TReply): unknown {
  if (request.method === "HEAD" || reply.text === "") return null;
  const json = request.responseType === "json" || (request.responseType !== "text" && /json/i.test(reply.headers["content-type"] ?? ""));
  if (!json) return reply.text;
  try {
    return JSON.parse(reply.text);
  } catch {
    throw new VendorError({ vendor: conn.vendor, status: reply.status, code: "upstream_error", message: `${vendorLabel(conn)} sent malformed JSON. Check the base URL of connection "${conn.name}".` });
  }
}

async function fetchOnce(conn: TUpstreamConnection, request: TUpstreamRequest, operation: string): Promise<TFetched> {
  const unsigned = unsignedRequest(conn, request);
  const { reply, challenged } = await exchange(conn, unsigned, {
    operation,
    timeoutMs: request.timeoutMs ?? vendorTimeoutMs(),
    idempotent: isIdempotent(request.method, request.idempotent),
    otp: request.otp,
    anonymous: request.anonymous,
  });
  const error = errorFromReply(conn, reply);
  if (error && challenged && error.code === "mfa_required") throw otpNotAccepted(conn);
  // A gateway that timed out or lost the vendor's answer (502/504) says nothing of whether a change was made.
  if (error) throw !isIdempotent(request.method, request.idempotent) && (reply.status === 502 || reply.status === 504) ? error.withMayHaveActed() : error;
  return { status: reply.status, headers: reply.headers, data: dataOf(conn, request, reply), latencyMs: reply.latencyMs };
}

// A shared reply is parsed once per schema: everyone served by the same cached or in-flight reply
// gets the same frozen result (and hears of the same records left out) without a parse of its own.
const parsedReplies = new WeakMap<object, Map<z.ZodType, { data: unknown; unreadable: TUnreadable[] }>>();

function parsed<S extends z.ZodType>(conn: TUpstreamConnection, result: TUpstreamResult<unknown>, schema: S, operation: string, shared: boolean): TUpstreamResult<z.output<S>> {
  const reply = shared && result.data !== null && typeof result.data === "object" ? result.data : null;
  const known = reply ? parsedReplies.get(reply)?.get(schema) : undefined;
  if (known) {
    if (known.unreadable.length > 0) reportToScope(operation, known.unreadable);
    return { ...result, data: known.data as z.output<S> };
  }
  // Lists are read item by item (zItems): a record that does not fit is left out, logged and counted, not fatal.
  const { value: outcome, unreadable } = collectUnreadable(() => schema.safeParse(result.data));
  if (outcome.success) {
    if (unreadable.length > 0) {
      void noteDrift(conn.id, operation, unreadable);
      reportToScope(operation, unreadable);
    }
    if (reply) {
      const bySchema = parsedReplies.get(reply) ?? new Map<z.ZodType, { data: unknown; unreadable: TUnreadable[] }>();
      bySchema.set(schema, { data: deepFreeze(outcome.data), unreadable });
      parsedReplies.set(reply, bySchema);
    }
    return { ...result, data: outcome.data };
  }
  const issues = outcome.error.issues.slice(0, 5).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  log.warn({ vendor: conn.vendor, connection: conn.id, operation, issues }, "upstream reply does not match its schema");
  throw new VendorError({
    vendor: conn.vendor,
    status: result.status,
    code: "upstream_error",
    message: `${vendorLabel(conn)} sent a reply Patchbay does not understand (${operation}); the vendor may have changed its API.`,
  });
}

/**
 * The one way to call a vendor. Reads (GET/HEAD without a one-time code, unless the request says
 * `idempotent: false`) in flight are shared and may be cached for `cacheTtlMs`; changes are never
 * shared, cached or retried, and drop that connection's cached reads whatever their outcome. Throws VendorError for every vendor failure.
 */
export function callVendor(conn: TUpstreamConnection, request: TUpstreamRequest): Promise<TUpstreamResult<unknown>>;
export function callVendor<S extends z.ZodType>(conn: TUpstreamConnection, request: TUpstreamRequest, schema: S): Promise<TUpstreamResult<z.output<S>>>;
export async function callVendor(conn: TUpstreamConnection, request: TUpstreamRequest, schema?: z.ZodType): Promise<TUpstreamResult<unknown>> {
  const operation = request.operation ?? `${conn.vendor} ${request.method} ${request.path || "/"}`;
  const read = isRead(request.method, request.idempotent);
  const shareable = read && !request.otp && !request.fresh;
  let result: TUpstreamResult<unknown>;
  if (shareable) {
    const key = readKey(conn, unsignedRequest(conn, request), request);
    const ttlMs = request.cacheTtlMs ?? 0;
    // This process's cache and calls in flight first, then the cache every instance shares.
    // This process keeps a copy no longer than the one every instance shares (a change elsewhere drops both).
    const keepFor = (value: TFetched) => (value.storedUntil == null ? ttlMs : Math.min(ttlMs, value.storedUntil - Date.now()));
    const shared = await reads.run(key, keepFor, async () => {
      const { value, shared: fromOtherInstance, expiresAt } = await sharedRead(key, conn.id, ttlMs, () => fetchOnce(conn, request, operation));
      return { ...value, fromOtherInstance, storedUntil: expiresAt };
    });
    if (reads.peek(key) === shared.value) traceCachedReply(key, shared.value);
    else traceUncached();
    const { fromOtherInstance, storedUntil, ...fetched } = shared.value;
    void storedUntil;
    // Shared data is frozen, so one caller cannot change what another (or the cache) sees; so is what a schema makes of it.
    result = { ...fetched, headers: { ...fetched.headers }, data: deepFreeze(fetched.data), source: fromOtherInstance && shared.source === "upstream" ? "cache" : shared.source };
  } else {
    traceUncached();
    try {
      result = { ...(await fetchOnce(conn, request, operation)), source: "upstream" };
    } finally {
      // A change that failed may still have happened (its reply lost or late): reads cached before it are stale either way.
      if (!read) {
        reads.forget(connectionPrefix(conn));
        await forgetSharedReads(conn.id).catch(() => undefined); // a cache hiccup must not hide the change's own outcome
      }
    }
  }
  return schema ? parsed(conn, result, schema, operation, shareable) : result;
}

/** Whether every reply an answer was built from is still the one cached (nothing changed or expired since). */
export function repliesStillCached(trace: TReadTrace): boolean {
  return trace.reusable && trace.replies.length > 0 && trace.replies.every(({ key, reply }) => reads.peek(key) === reply);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
