import "server-only";
import { dropToken, getToken, tokenKey, type TToken } from "../token-cache";
import type { TAuthContext, TAuthKind, TAuthStrategy, TReply, TSignedRequest, TUnsignedRequest } from "../types";
import { isVendorError } from "../vendor-error";

export type TLogin = (ctx: TAuthContext) => Promise<TToken>;

export type TTokenAuthOptions = {
  /** Tells apart several kinds of token on one connection. */
  scope: string;
  login: TLogin;
  /** Log in again this long before the token expires. */
  refreshBeforeMs?: number;
  /** Whether a reply refuses the token (default: HTTP 401). */
  isRefusal?: (reply: TReply) => boolean;
  challenge?: TAuthStrategy["challenge"];
};

/** A strategy that also hands out its token (and the login's profile) to vendor code. */
export type TTokenStrategy = TAuthStrategy & { token(ctx: TAuthContext): Promise<TToken> };

/** Any login-then-token strategy: cached per connection+version, one login at a time, renewed on refusal. */
export function tokenAuth(
  kind: TAuthKind,
  options: TTokenAuthOptions,
  place: (request: TUnsignedRequest, token: string) => TSignedRequest,
): TTokenStrategy {
  const refreshBeforeMs = options.refreshBeforeMs ?? 30_000;
  const isRefusal = options.isRefusal ?? ((reply: TReply) => reply.status === 401);

  async function token(ctx: TAuthContext): Promise<TToken> {
    const key = tokenKey(ctx.conn, options.scope);
    const load = () => getToken(key, ctx.clock.now(), refreshBeforeMs, () => options.login(ctx));
    try {
      return await load();
    } catch (error) {
      // A call that brings the admin's code must not inherit someone else's login that had none.
      if (isVendorError(error) && error.code === "mfa_required" && ctx.hasOtp()) return load();
      throw error;
    }
  }

  return {
    kind,
    token,
    async sign(request, ctx) {
      const { value } = await token(ctx);
      return { ...place(request, value), credential: value };
    },
    renew(reply, used, ctx) {
      if (!isRefusal(reply)) return false;
      dropToken(tokenKey(ctx.conn, options.scope), used.credential);
      return true;
    },
    challenge: options.challenge,
  };
}
