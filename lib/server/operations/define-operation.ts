import "server-only";
import type { z } from "zod";
import type { TChangeOutcome } from "@/lib/change-outcome";
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

export type { TChangeOutcome };

/**
 * How a change is settled when its answer is lost (see runChange): what it was, what to read
 * before sending it (kept with the change), and how to tell from the vendor whether it was made.
 * Or why sending it twice does no harm (`harmless`), for the few changes where that is so.
 */
export type TLostReply<I> =
  | {
      /** "the Smart Assign of a /28 to resource 42". */
      what: (ctx: TOperationContext<I>) => string;
      before?: (ctx: TOperationContext<I>) => Promise<unknown>;
      check: (ctx: TOperationContext<I>, before: unknown) => Promise<TChangeOutcome>;
      /** What makes two requests "the same change"; default: the path parameters and the input. */
      subject?: (ctx: TOperationContext<I>) => unknown;
    }
  | { harmless: string };

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
  /** Every change says how its lost answer is settled: never sent again blind. */
  lostReply?: TLostReply<z.infer<S>>;
};

/** Keeps each operation's input type tied to its handler. */
export function defineOperation<S extends z.ZodType>(operation: TOperation<S>): TOperation {
  return operation as unknown as TOperation;
}
