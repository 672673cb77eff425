import "server-only";
import { requireValue } from "../credentials";
import type { TAuthStrategy } from "../types";
import { encodeForm, withQuery } from "../url";

/** HTTP Basic with a fixed user name and a key as the password (N2N: `api:<key>`). */
export function basicAuth(options: { username: string; passwordField: string }): TAuthStrategy {
  return {
    kind: "basic",
    async sign(request, ctx) {
      const password = requireValue(ctx.conn, options.passwordField);
      const encoded = Buffer.from(`${options.username}:${password}`, "utf8").toString("base64");
      return {
        method: request.method,
        url: withQuery(request.url, encodeForm(request.query)),
        headers: { ...request.headers, Authorization: `Basic ${encoded}` },
        body: request.body,
      };
    },
  };
}
