import "server-only";
import { hasRole, type TRole } from "@/lib/roles";
import type { TSessionUser } from "../../auth/current-user";
import { HttpError } from "../../http/errors";
import type { TUpstreamConnection } from "../../upstream/types";
import type { TOperation } from "../define-operation";
import { matchOperation } from "../match-operation";
import { runChange } from "../run-change";

export const testUser = (role: TRole): TSessionUser => ({ id: `test-${role}`, email: `${role}@patchbay.test`, name: `Test ${role}`, role });

export type TOperationCall = {
  /** The parsed query (GET) or JSON body, before the operation's schema. */
  input?: unknown;
  /** What the X-Vendor-OTP header would carry. */
  otp?: string;
  role?: TRole;
  /** What the X-Confirm-Resend header would carry: the lost answer the admin saw the outcome of. */
  confirmResend?: number;
};

/**
 * Runs one operation as the catch-all route would, without HTTP, session or audit: the table
 * match, the role check, the input schema, then the handler (a change through runChange). `path` is after /api/v/<vendor>/<connection>/.
 */
export async function callOperation(operations: readonly TOperation[], connection: TUpstreamConnection, method: string, path: string, call: TOperationCall = {}): Promise<unknown> {
  const match = matchOperation(operations, method, path.split("/").map(decodeURIComponent));
  if ("error" in match) throw new Error(`No ${method} ${path} in the operation table (${match.error})`);
  const user = testUser(call.role ?? "admin");
  if (!hasRole(user.role, match.operation.role)) throw new HttpError(403, "forbidden", `This needs the ${match.operation.role} role`);
  const input = match.operation.input ? match.operation.input.parse(call.input ?? {}) : {};
  const ctx = { connection, params: match.params, input, user, otp: call.otp };
  return match.operation.method === "GET" ? match.operation.handler(ctx) : runChange(match.operation, ctx, call.confirmResend);
}
