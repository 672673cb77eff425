import "server-only";
import { vendorLabel } from "./credentials";
import type { TUpstreamConnection } from "./types";
import { VendorError } from "./vendor-error";

const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: "its host name does not resolve",
  EAI_AGAIN: "its host name could not be resolved just now",
  ECONNREFUSED: "it refused the connection",
  ECONNRESET: "it dropped the connection",
  EHOSTUNREACH: "its host is unreachable",
  UND_ERR_CONNECT_TIMEOUT: "connecting to it timed out",
  UND_ERR_SOCKET: "it dropped the connection",
  CERT_HAS_EXPIRED: "its TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate could not be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "its TLS certificate does not match the host name",
};

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === "TimeoutError" || (error.name === "AbortError" && /timeout/i.test(String(error.cause))));

/** A thrown fetch error as the admin should read it: timeout, or why the vendor could not be reached. */
export function networkFailure(conn: TUpstreamConnection, error: unknown, timeoutMs: number): VendorError {
  const label = vendorLabel(conn);
  if (isTimeout(error)) {
    return new VendorError({ vendor: conn.vendor, status: 0, code: "upstream_timeout", message: `${label} did not answer within ${Math.round(timeoutMs / 1000)} s. Try again; if it keeps happening, check the base URL of connection "${conn.name}".` });
  }
  const code = errorCode(error);
  const reason = (code && NETWORK_REASONS[code]) ?? "the network failed";
  return new VendorError({ vendor: conn.vendor, status: 0, code: "upstream_unavailable", detail: code, message: `${label} could not be reached: ${reason}. Check the base URL of connection "${conn.name}".` });
}
