import "server-only";
import { scrubSecrets } from "../redact";
import { credentialsHint, secretValuesOf, vendorLabel } from "./credentials";
import { mfaRequired } from "./mfa";
import { parseRetryAfter } from "./retry";
import { faultOf, isRecord, parseJson } from "./vendor-fault";
import type { TReply, TUpstreamConnection } from "./types";
import { VendorError } from "./vendor-error";

/** ProVision reports application errors as HTTP 200 with success 0. */
const isProvisionFailure = (body: unknown) => isRecord(body) && (body.success === 0 || body.success === "0");

/** The VendorError a reply stands for, or null when it is a success (2xx, 304). */
export function errorFromReply(conn: TUpstreamConnection, reply: TReply): VendorError | null {
  const { status } = reply;
  const body = parseJson(reply.text);
  const ok = (status >= 200 && status < 300) || status === 304;
  if (ok && !(conn.vendor === "provision" && isProvisionFailure(body))) return null;
  const fault = faultOf(conn.vendor, body, reply.headers);
  const detail = fault.message ? scrubSecrets(fault.message, secretValuesOf(conn)).slice(0, 300) : undefined;
  const label = vendorLabel(conn);
  const where = `connection "${conn.name}"`;
  const said = vendorSaid(detail);
  const trace = fault.traceId ? ` (trace id ${fault.traceId})` : "";
  // Acreto's 403 for an item the account may not see (16387) or a bad device token (16435) refuses the request, not the credentials.
  const acretoRefusal = conn.vendor === "acreto" && status === 403 && (fault.vendorCode === 16387 || fault.vendorCode === 16435);
  // Megaport's 403 means a valid session without access to that company or service, not a bad login.
  const megaportRefusal = conn.vendor === "megaport" && status === 403;
  const refusedRequest = ok || [400, 409, 422].includes(status) || acretoRefusal || megaportRefusal;
  const make = (code: VendorError["code"], message: string, retryAfterMs?: number) =>
    new VendorError({ vendor: conn.vendor, status, code, message, detail, vendorCode: fault.vendorCode, traceId: fault.traceId, retryAfterMs, refusedRequest });

  if (ok) return make("upstream_error", `ProVision refused the request${said}.`);
  if (status >= 300 && status < 400) {
    return make("upstream_error", `${label} answered with a redirect: check the base URL of ${where} (https, exact path).`);
  }
  if (status === 424 && conn.vendor === "acreto") return mfaRequired(conn);
  if (status === 401 && conn.vendor === "provision") {
    return make("upstream_unauthorized", `ProVision rejected the signature of ${where}: check the API key and the secret key in Settings → Connections.`);
  }
  if (acretoRefusal) return make("upstream_error", `${label} refused access to this item${said}.`);
  if (megaportRefusal) return make("upstream_error", `${label} refused access${said}; the login of ${where} lacks the permission for it.`);
  if (status === 401 || status === 403) {
    return make("upstream_unauthorized", `${label} refused the credentials of ${where}${said}. Check ${credentialsHint(conn)} in Settings → Connections.`);
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(reply.headers["retry-after"]);
    return make("upstream_throttled", `${label} is throttling ${where}${said}. Try again in a moment.`, retryAfterMs);
  }
  if (status === 408 || status === 504) return make("upstream_timeout", `${label} timed out${trace}. Try again in a moment.`);
  if (status === 502 || status === 503) {
    return make("upstream_unavailable", `${label} is unavailable right now${trace}. Try again in a few minutes.`);
  }
  if (status >= 500) {
    const support = fault.traceId ? ` quote the trace id to ${label} support` : ` contact ${label} support`;
    return make("upstream_error", `${label} failed with an internal error${trace}. Try again later; if it persists,${support}.`);
  }
  if (status === 404) return make("upstream_error", `${label} has no such item${said}.`);
  return make("upstream_error", `${label} refused the request${said}.`);
}

/**
 * ": <what the vendor said>" for the middle of a sentence: its own closing period left out, so the
 * message reads as one sentence. The HTTP status is kept on the error (and in the log), not in the words.
 */
export function vendorSaid(detail: string | undefined): string {
  const text = detail?.trim().replace(/[.\s]+$/, "");
  return text ? `: ${text}` : "";
}
