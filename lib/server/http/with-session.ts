import "server-only";
import type { NextRequest } from "next/server";
import { currentUser, type TSessionUser } from "../auth/current-user";
import { hasRole, type TRole } from "@/lib/roles";
import { errorResponse } from "./error-response";
import { sameOrigin } from "./same-origin";

type TRouteContext<P> = { params: Promise<P> };
export type THandlerContext<P> = { params: P; user: TSessionUser };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Wraps a route handler: session, role and (for changes) Origin are checked before it runs. */
export function withSession<P = Record<string, never>>(
  role: TRole,
  handler: (req: NextRequest, ctx: THandlerContext<P>) => Promise<Response>,
) {
  return async (req: NextRequest, ctx: TRouteContext<P>): Promise<Response> => {
    try {
      if (!SAFE_METHODS.has(req.method) && !sameOrigin(req)) {
        return Response.json({ error: "bad_origin", message: "This request did not come from the console" }, { status: 403 });
      }
      const user = await currentUser();
      if (!user) return Response.json({ error: "unauthenticated", message: "Sign in first" }, { status: 401 });
      if (!hasRole(user.role, role)) {
        return Response.json({ error: "forbidden", message: `This needs the ${role} role` }, { status: 403 });
      }
      return await handler(req, { params: await ctx.params, user });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
