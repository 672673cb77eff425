import "server-only";
import { encodeForm, withQuery } from "../url";
import { tokenAuth, type TTokenAuthOptions, type TTokenStrategy } from "./token-auth";

/** Log in once, then send the session as `?<param>=` or, when the request asks, in a header (Megaport). */
export function sessionToken(options: TTokenAuthOptions & { param: string; header: string }): TTokenStrategy {
  return tokenAuth("session-token", options, (request, token) => {
    const inHeader = request.tokenPlacement === "header";
    const query = inHeader ? request.query : [...request.query, [options.param, token] as const];
    return {
      method: request.method,
      url: withQuery(request.url, encodeForm(query)),
      headers: inHeader ? { ...request.headers, [options.header]: token } : request.headers,
      body: request.body,
    };
  });
}
