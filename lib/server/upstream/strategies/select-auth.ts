import "server-only";
import { missingCredentials } from "../credentials";
import type { TAuthStrategy, TUpstreamConnection } from "../types";

/** For vendors with two kinds of credentials: the strategy for the set this connection fills in. */
export function selectAuth(pick: (conn: TUpstreamConnection) => TAuthStrategy | null): TAuthStrategy {
  const chosen = (conn: TUpstreamConnection) => {
    const strategy = pick(conn);
    if (!strategy) throw missingCredentials(conn);
    return strategy;
  };
  return {
    kind: "by-credentials",
    sign: (request, ctx) => chosen(ctx.conn).sign(request, ctx),
    renew: (reply, used, ctx) => chosen(ctx.conn).renew?.(reply, used, ctx) ?? false,
    challenge: async (reply, ctx) => (await chosen(ctx.conn).challenge?.(reply, ctx)) ?? null,
  };
}
