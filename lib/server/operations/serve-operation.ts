import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { hasRole } from "@/lib/roles";
import { ZVendor } from "@/lib/vendors/registry";
import { audit } from "../audit";
import type { TSessionUser } from "../auth/current-user";
import { upstreamConnection } from "../connections";
import { HttpError, notFound } from "../http/errors";
import { readJson } from "../http/read-json";
import { matchOperation } from "./match-operation";
import { vendorOperations } from "./vendor-operations";

const ZOtp = z.string().regex(/^\d{6,8}$/, "A one-time code is 6 to 8 digits");

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

  const connection = await upstreamConnection(route.connection);
  if (connection.vendor !== vendor.data) throw notFound("Connection");
  const rawInput = req.method === "GET" ? Object.fromEntries(req.nextUrl.searchParams) : await readBody(req);
  const input = operation.input ? operation.input.parse(rawInput) : {};
  const otpHeader = req.headers.get("x-vendor-otp");
  const otp = otpHeader === null ? undefined : ZOtp.parse(otpHeader);
  const ctx = { connection, params, input, user, otp };

  if (operation.method === "GET") return Response.json(await operation.handler(ctx));
  const target = operation.auditTarget?.(ctx) ?? Object.values(params).join("/");
  const action = `${vendor.data}.${operation.name}`;
  try {
    const result = await operation.handler(ctx);
    await audit({ actor: user, action, target, details: { connection: connection.name } });
    return result === undefined ? new Response(null, { status: 204 }) : Response.json(result);
  } catch (error) {
    await audit({ actor: user, action, target, outcome: "failed", details: { connection: connection.name, error: error instanceof Error ? error.message : "failed" } });
    throw error;
  }
}

/** A change may come without a body (enable, commit); one that has a body must be JSON. */
function readBody(req: NextRequest): Promise<unknown> {
  const empty = !req.headers.get("content-type") && ["0", null].includes(req.headers.get("content-length")) && !req.headers.get("transfer-encoding");
  return empty ? Promise.resolve({}) : readJson(req, z.unknown());
}
