import "server-only";
import type { z } from "zod";
import type { TRole } from "@/lib/roles";
import type { TSessionUser } from "../auth/current-user";
import type { TUpstreamConnection } from "../upstream/types";

export type TOperationMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type TOperationContext<I> = {
  connection: TUpstreamConnection;
  params: Record<string, string>;
  input: I;
  user: TSessionUser;
  /** A one-time code the admin typed for a vendor's MFA challenge (header X-Vendor-OTP). */
  otp?: string;
};

/** One BFF operation of a vendor: the only paths the console serves for it. */
export type TOperation<S extends z.ZodType = z.ZodType> = {
  /** For logs and the audit trail, e.g. "enableVpn". */
  name: string;
  method: TOperationMethod;
  /** After /api/v/<vendor>/<connection>/, with :params, e.g. "vpns/:id/enable". */
  path: string;
  role: TRole;
  /** Parsed from the query string (GET) or the JSON body. */
  input?: S;
  /** Mutations say what they changed; every one is audited. */
  auditTarget?: (ctx: TOperationContext<z.infer<S>>) => string;
  handler: (ctx: TOperationContext<z.infer<S>>) => Promise<unknown>;
};

/** Keeps each operation's input type tied to its handler. */
export function defineOperation<S extends z.ZodType>(operation: TOperation<S>): TOperation {
  return operation as unknown as TOperation;
}
