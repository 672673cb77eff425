import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { TRandom } from "../random";

export const TERMS = "This data is subject to the Acceptable Use Policy https://www.megaport.com/legal/acceptable-use-policy";

/** Megaport's error body {message, data, trace_id}, with the same id in a Trace-Id header. */
export function megaportError(c: Context, random: TRandom, status: ContentfulStatusCode, message: string, headers?: Record<string, string>) {
  const traceId = random.uuid();
  return c.json({ message, data: null, trace_id: traceId }, status, { "Trace-Id": traceId, ...headers });
}

/** The success envelope: {message, terms, data}. */
export function envelope(message: string, data: unknown) {
  return { message, terms: TERMS, data };
}
