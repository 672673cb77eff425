import "server-only";
import type { TAuthStrategy } from "../types";
import { encodeForm, withQuery } from "../url";

/** No credentials at all: for the few calls that carry their own (a device token in the query). */
export const noAuth: TAuthStrategy = {
  kind: "none",
  async sign(request) {
    return { method: request.method, url: withQuery(request.url, encodeForm(request.query)), headers: request.headers, body: request.body };
  },
};
