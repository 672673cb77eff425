import "server-only";
import { Agent, fetch } from "undici";
import { log } from "../log";
import { redactUrl } from "../redact";
import { networkFailure } from "./network-failure";
import { parseRetryAfter } from "./retry";
import { pauseAfterThrottled, throttle } from "./throttle";
import type { TReply, TUpstreamConnection, TWireRequest } from "./types";

const DEFAULT_TIMEOUT_MS = 15_000;

/** How long a vendor has to answer one call: VENDOR_TIMEOUT_SECONDS (1–120), default 15 s. */
export function vendorTimeoutMs(): number {
  const seconds = Number(process.env.VENDOR_TIMEOUT_SECONDS);
  return Number.isFinite(seconds) && seconds >= 1 && seconds <= 120 ? Math.round(seconds * 1000) : DEFAULT_TIMEOUT_MS;
}

// One pool for every vendor: keep-alive sockets, a bounded number per origin.
const agent = new Agent({
  keepAliveTimeout: 10_000,
  keepAliveMaxTimeout: 60_000,
  connections: 32,
  connect: { timeout: 10_000 },
});

/** One HTTP exchange: throttled, timed out, pooled, logged with a redacted URL. Never follows redirects. */
export async function sendWire(conn: TUpstreamConnection, request: TWireRequest, timeoutMs: number, operation: string): Promise<TReply> {
  await throttle(conn);
  const started = performance.now();
  const fields = { vendor: conn.vendor, connection: conn.id, operation, method: request.method, url: redactUrl(request.url) };
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      dispatcher: agent,
    });
    if (response.status === 429) pauseAfterThrottled(conn, parseRetryAfter(response.headers.get("retry-after")));
    const text = request.method === "HEAD" ? "" : await response.text();
    const latencyMs = Math.round(performance.now() - started);
    const level = response.status >= 400 ? "info" : "debug";
    log[level]({ ...fields, status: response.status, ms: latencyMs }, "upstream call");
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") headers[name] = value;
    });
    return { status: response.status, headers, text, latencyMs };
  } catch (error) {
    const vendorError = networkFailure(conn, error, timeoutMs);
    log.info({ ...fields, ms: Math.round(performance.now() - started), code: vendorError.code, cause: vendorError.detail }, "upstream call failed");
    throw vendorError;
  }
}
