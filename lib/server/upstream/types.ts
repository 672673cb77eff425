import "server-only";
import type { TVendor } from "@/lib/vendors/registry";
import type { TClock } from "./clock";

export type TUpstreamConnection = {
  id: string; // stable id ("<uuid>" from the DB or "env:<vendor>")
  version: number; // bumps on every edit; token caches are keyed by id+version
  vendor: TVendor;
  name: string;
  baseUrl: string; // for provision: the full …/api/v1/api.php URL
  values: Record<string, string>; // decrypted credentials + settings, keys as in VENDOR_INFO[vendor].fields
};

export type THttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
export type TQueryValue = string | number | boolean;
export type TQuery = Record<string, TQueryValue | readonly TQueryValue[] | null | undefined>;
export type TQueryEntry = readonly [name: string, value: string];

/** One vendor call as a vendor client describes it; the path comes from code, never from a browser. */
export type TUpstreamRequest = {
  method: THttpMethod;
  /** Appended to the connection's base URL: "/device", "/customers/<uuid>/ecosystems", or "" (ProVision). */
  path: string;
  query?: TQuery;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as application/x-www-form-urlencoded instead of `body`. */
  form?: Record<string, string>;
  /** Only accept / if-none-match / if-match / if-modified-since / if-unmodified-since / prefer. */
  headers?: Record<string, string>;
  /** A one-time code the admin typed, for a vendor that asked for one (Acreto's 424). */
  otp?: string;
  /** Serve identical GETs from a short cache for this long (milliseconds, usually a few seconds). */
  cacheTtlMs?: number;
  /** Go to the vendor now, not to a cached or in-flight reply (a connection test must see the vendor's answer of this moment). */
  fresh?: boolean;
  timeoutMs?: number;
  /** A name for logs, e.g. "nettica.listDevices". */
  operation?: string;
  /**
   * Whether the operation is safe to send twice. Default: GET/HEAD yes, everything else no.
   * `true` lets a PUT/DELETE be retried; `false` makes a GET a change (ProVision's signed-GET
   * writes): never retried, shared or cached, and it drops the connection's cached reads.
   */
  idempotent?: boolean;
  /** Default: JSON when the reply says so, else text. */
  responseType?: "json" | "text";
  /** Send no credentials at all (Acreto's VPN profile, fetched with a device token in the query). */
  anonymous?: boolean;
};

export type TUpstreamResult<T> = {
  status: number;
  /** Lower-case names; never Set-Cookie. */
  headers: Record<string, string>;
  data: T;
  latencyMs: number;
  /** "coalesced": joined an identical call in flight; "cache": served from the short cache. */
  source: "upstream" | "coalesced" | "cache";
};

/** One HTTP request exactly as it leaves: final URL (query included), headers, body. */
export type TWireRequest = {
  method: THttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string;
};

/** A request before its credentials are set: `url` has no query yet. */
export type TUnsignedRequest = Omit<TWireRequest, "url"> & {
  url: string;
  query: TQueryEntry[];
};

/** A signed request and the credential it carries, so a refusal can drop exactly that one. */
export type TSignedRequest = TWireRequest & { credential?: string };

/** A vendor reply with its body read; header names lower-case, Set-Cookie already dropped. */
export type TReply = { status: number; headers: Record<string, string>; text: string; latencyMs: number };

export type TAuthContext = {
  conn: TUpstreamConnection;
  clock: TClock;
  /** The admin's one-time code, handed out once per call. */
  takeOtp(): string | undefined;
  /** Whether that code is still unused. */
  hasOtp(): boolean;
  /** Sends a request a strategy built itself (a login): throttled, timed out and logged like any other. */
  send(request: TWireRequest, operation: string): Promise<TReply>;
};

export type TAuthKind = "api-key-header" | "bearer-login" | "hmac-query" | "basic" | "session-token" | "by-credentials" | "none";

/** The hook around every request; each vendor's auth.ts picks one. */
export type TAuthStrategy = {
  kind: TAuthKind;
  /** Sets the credentials on one attempt and builds the final URL. */
  sign(request: TUnsignedRequest, ctx: TAuthContext): Promise<TSignedRequest>;
  /** True when the reply refuses the credential used (expired token): it is dropped and the core resends once. */
  renew?(reply: TReply, used: TSignedRequest, ctx: TAuthContext): boolean;
  /** Headers that answer a challenge in the reply (Acreto's 424 → X-OTP), or null when there is none. */
  challenge?(reply: TReply, ctx: TAuthContext): Promise<Record<string, string> | null>;
};
