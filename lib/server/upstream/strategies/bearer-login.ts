import "server-only";
import { encodeForm, withQuery } from "../url";
import { tokenAuth, type TTokenAuthOptions, type TTokenStrategy } from "./token-auth";

/** Log in once, then `Authorization: Bearer <token>` (Acreto, N2N login, Megaport OAuth). */
export function bearerLogin(options: TTokenAuthOptions): TTokenStrategy {
  return tokenAuth("bearer-login", options, (request, token) => ({
    method: request.method,
    url: withQuery(request.url, encodeForm(request.query)),
    headers: { ...request.headers, Authorization: `Bearer ${token}` },
    body: request.body,
  }));
}
