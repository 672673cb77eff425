import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { hasRole } from "@/lib/roles";
import { VENDORS, ZVendor } from "@/lib/vendors/registry";
import { audit } from "../audit";
import type { TSessionUser } from "../auth/current-user";
import { upstreamConnection } from "../connections";
import { withUnreadableScope } from "../upstream/unreadable-scope";
import { unknownKey } from "../http/declared-keys";
import { HttpError, badRequest, notFound } from "../http/errors";
import { inputProblem } from "../http/input-text";
import { readBodyText } from "../http/read-body-text";
import { runChange } from "./run-change";
import { readJsonValue } from "../http/read-json";
import { readQuery } from "../http/read-query";
import type { TOperation } from "./define-operation";
import { matchOperation } from "./match-operation";
import { serveRead } from "./read-answers";
import { vendorOperations } from "./vendor-operations";

const ZOtp = z.string().regex(/^\d{6,8}$/, "A one-time code is 6 to 8 digits");
// X-Confirm-Resend names the lost answer the admin saw the outcome of (its time, in ms).
const ZConfirmResend = z.coerce.number().int().positive("X-Confirm-Resend names a lost answer by its time");
// A stored connection's UUID, or env:<vendor> for one configured by environment variables.
const CONNECTION_ID = new RegExp(`^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|env:(${VENDORS.join("|")}))$`, "i");

/** Serves /api/v/<vendor>/<connection>/<path>: only declared operations, each with its role and input schema. */
export async function serveOperation(req: NextRequest, user: TSessionUser, route: { vendor: string; connection: string; path: string[] }) {
  const vendor = ZVendor.safeParse(route.vendor);
  if (!vendor.success) throw notFound("Vendor");
  const match = matchOperation(vendorOperations(vendor.data), req.method, route.path);
  if ("error" in match) {
    throw match.error === "method"
      ? new HttpError(405, "method_not_allowed", `${req.method} is not allowed here`)
      : new HttpError(404, "unknown_operation", "There is no such operation");
  }
  const { operation, params } = match;
  if (!hasRole(user.role, operation.role)) throw new HttpError(403, "forbidden", `This needs the ${operation.role} role`);

  if (!CONNECTION_ID.test(route.connection)) throw notFound("Connection");
  const connection = await upstreamConnection(route.connection);
  if (connection.vendor !== vendor.data) throw notFound("Connection");
  const raw = await rawInput(req, operation);
  const input = operation.input ? operation.input.parse(raw) : {};
  const otpHeader = req.headers.get("x-vendor-otp");
  const otp = otpHeader === null ? undefined : ZOtp.parse(otpHeader);
  const ctx = { connection, params, input, user, otp };

  if (operation.method === "GET") {
    const key = JSON.stringify([connection.id, connection.version, operation.name, params, input, user.role, otp ?? null]);
    return serveRead(req, key, () => readWithUnreadable(() => operation.handler(ctx)));
  }
  const target = operation.auditTarget?.(ctx) ?? Object.values(params).join("/");
  const action = `${vendor.data}.${operation.name}`;
  try {
    const confirm = req.headers.get("x-confirm-resend");
    const result = await runChange(operation, ctx, confirm === null ? undefined : ZConfirmResend.parse(confirm));
    await audit({ actor: user, action, target, details: { connection: connection.name } });
    return result === undefined ? new Response(null, { status: 204 }) : Response.json(result);
  } catch (error) {
    await audit({ actor: user, action, target, outcome: "failed", details: { connection: connection.name, error: error instanceof Error ? error.message : "failed" } });
    throw error;
  }
}

/** A read's answer, with `unreadable` added when its vendor lists left records out (the page says so). */
async function readWithUnreadable(read: () => Promise<unknown>): Promise<unknown> {
  const { value, unreadable } = await withUnreadableScope(read);
  if (!unreadable || value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Response) return value;
  return { ...value, unreadable };
}

/**
 * The query (GET) or JSON body (changes) before the operation's schema: every name must be one
 * the operation declares, and no value may carry a control character, so nothing the browser
 * sends can smuggle a header, a line or a parameter into the vendor call.
 */
async function rawInput(req: NextRequest, operation: TOperation): Promise<unknown> {
  const isQuery = req.method === "GET";
  if (!isQuery && req.nextUrl.search !== "") throw badRequest("A change takes its input from the JSON body, not the query string");
  const input = isQuery ? readQuery(req.nextUrl) : await readBody(req);
  const problem = inputProblem(input, { multiline: !isQuery });
  if (problem) throw badRequest(problem.message);
  const unknown = unknownKey(operation.input, input);
  if (unknown !== null) {
    throw badRequest(operation.input ? `Unknown ${isQuery ? "query parameter" : "field"} "${unknown}"` : `This operation takes no ${isQuery ? "query parameters" : "fields"} (got "${unknown}")`);
  }
  if (!operation.input && !isQuery && !isEmptyObject(input)) throw badRequest("This operation takes no request body");
  return input;
}

/** A change may come without a body (enable, commit); one that has a body must be JSON. */
async function readBody(req: NextRequest): Promise<unknown> {
  if (req.headers.get("content-type") === null) {
    if ((await readBodyText(req)) === "") return {};
    throw new HttpError(415, "unsupported_media_type", "Send the body as application/json");
  }
  return readJsonValue(req);
}

const isEmptyObject = (value: unknown) => value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
