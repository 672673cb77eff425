import { randomUUID } from "node:crypto";
import { verify } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callVendor } from "@/lib/server/upstream/call-vendor";
import { startTestServer, testConnectionOf, type TSeenRequest, type TTestServer } from "@/lib/server/upstream/testing/test-server";
import { testConnection } from "@/lib/server/upstream/test-connection";
import type { VendorError } from "@/lib/server/upstream/vendor-error";
import { megaportSession, megaportTokenUrlBase } from "./auth";

const ACCESS_KEY = "mp-access-key-1";
const SECRET_KEY = "mp-secret-key-0123456789abcdef";
const MFA_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const TYPED_CODE = "424242";
let server: TTestServer;
const sessions = new Set<string>();
const bearers = new Set<string>();
let sessionLogins = 0;
let oauthLogins = 0;

const refused = (status: number, message: string) => ({
  status,
  json: { message, data: null, trace_id: "trace-123" },
  headers: { "Trace-Id": "trace-123" },
});

/** The one-time password a login sent: the typed one, or a current code of the stored seed. */
async function codeAccepted(code: string): Promise<boolean> {
  if (code === TYPED_CODE) return true;
  return (await verify({ secret: MFA_SEED, token: code, epochTolerance: 60 })).valid;
}

async function login(req: TSeenRequest) {
  const form = new URLSearchParams(req.body);
  if (req.headers["content-type"] !== "application/x-www-form-urlencoded") return { status: 415, json: { message: "form body expected" } };
  const user = form.get("username");
  if (!["example", "mfa"].includes(user ?? "") || form.get("password") !== "secret") return refused(401, "Invalid username or password.");
  const code = form.get("oneTimePassword");
  if (user === "mfa" && !code) return refused(401, "This account uses multi-factor authentication: a valid oneTimePassword must be provided.");
  if (user === "mfa" && !(await codeAccepted(code!))) return refused(401, "The one-time password is not valid or has already been used.");
  sessionLogins += 1;
  const session = randomUUID();
  sessions.add(session);
  const data = { session, username: user, companyId: 203, companyUid: "c-203", companyName: "MEGAPORT", expiryDate: null, permissions: { "203": ["company_admin"] } };
  return { json: { message: "Login successfully", terms: "AUP", data } };
}

async function route(req: TSeenRequest) {
  if (req.method === "POST" && req.path === "/v2/login") return login(req);
  if (req.method === "POST" && req.path === "/oauth2/token") {
    const basic = Buffer.from(`${ACCESS_KEY}:${SECRET_KEY}`).toString("base64");
    if (req.rawQuery !== "grant_type=client_credentials" || req.body !== "" || req.headers.authorization !== `Basic ${basic}`) {
      return { status: 400, json: { error: "invalid_client" } };
    }
    oauthLogins += 1;
    const token = randomUUID();
    bearers.add(token);
    return { json: { access_token: token, token_type: "Bearer", expires_in: 86400 } };
  }
  const session = req.headers["x-auth-token"] as string | undefined;
  const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
  if (!(session && sessions.has(session)) && !(bearer && bearers.has(bearer))) return refused(401, "Your session has expired. Please log in again.");
  // The legacy /secure calls answer bare, without the envelope.
  if (req.path === "/secure/party/company/203") return { json: { companyId: 203, companyUid: "c-203", companyName: "MEGAPORT", legalName: "Megaport Pty Ltd" } };
  if (req.path === "/v2/products") return { json: { message: "Found 1 Products", terms: "AUP", data: [{ productUid: "p-1" }] } };
  return refused(404, "Not found");
}

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());

const sessionConn = (values: Record<string, string> = {}) => testConnectionOf("megaport", server.baseUrl, { username: "example", password: "secret", ...values });
const mfaConn = (values: Record<string, string> = {}) => testConnectionOf("megaport", server.baseUrl, { username: "mfa", password: "secret", ...values });
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as VendorError);
const lastLogin = () => new URLSearchParams(server.seen.findLast((r) => r.path === "/v2/login")!.body);

describe("Megaport session (username + password)", () => {
  it("logs in at POST /v2/login with a form body and sends the session only as X-Auth-Token, never in a URL", async () => {
    const conn = sessionConn();
    const before = server.seen.length;
    await callVendor(conn, { method: "GET", path: "/secure/party/company/203" });
    await callVendor(conn, { method: "GET", path: "/v2/products" });
    const sent = server.seen.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v2/login", "GET /secure/party/company/203", "GET /v2/products"]);
    expect([...lastLogin().keys()]).toEqual(["username", "password"]);
    for (const request of sent.slice(1)) {
      expect(request.rawQuery).toBe("");
      expect(sessions.has(request.headers["x-auth-token"] as string)).toBe(true);
    }
  });

  it("logs in again once when the session is refused", async () => {
    const conn = sessionConn();
    await callVendor(conn, { method: "GET", path: "/v2/products" });
    sessions.clear();
    const before = sessionLogins;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => callVendor(conn, { method: "GET", path: "/v2/products", query: { n: i } })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(sessionLogins - before).toBe(1);
  });

  it("carries Megaport's trace id into the error, and a wrong password is upstream_unauthorized", async () => {
    expect(await failure(callVendor(sessionConn(), { method: "GET", path: "/v2/product/nope" }))).toMatchObject({ code: "upstream_error", status: 404, traceId: "trace-123" });
    const wrong = await failure(callVendor(sessionConn({ password: "wrong" }), { method: "GET", path: "/v2/products" }));
    expect(wrong).toMatchObject({ code: "upstream_unauthorized", traceId: "trace-123" });
  });

  it("testConnection reads the company of the session from the bare /secure reply", async () => {
    expect(await testConnection(sessionConn())).toMatchObject({ ok: true, message: "Signed in to Megaport as example (MEGAPORT)." });
  });
});

describe("Megaport one-time password", () => {
  it("relays Megaport's demand for a one-time password as mfa_required when no code and no MFA seed is at hand", async () => {
    const error = await failure(megaportSession(mfaConn()));
    expect(error).toMatchObject({ code: "mfa_required", status: 424 });
    expect(error!.message).toMatch(/asks for a one-time code/);
    expect(lastLogin().has("oneTimePassword")).toBe(false);
  });

  it("signs in with the code the admin typed, sent as oneTimePassword", async () => {
    const conn = mfaConn();
    await failure(megaportSession(conn));
    expect(await megaportSession(conn, TYPED_CODE)).toMatchObject({ username: "mfa", companyId: 203 });
    expect(lastLogin().get("oneTimePassword")).toBe(TYPED_CODE);
    // The session is kept: later calls need no code.
    expect((await callVendor(conn, { method: "GET", path: "/v2/products" })).status).toBe(200);
  });

  it("says the code was not accepted when Megaport refuses it", async () => {
    const error = await failure(megaportSession(mfaConn(), "000000"));
    expect(error).toMatchObject({ code: "mfa_required" });
    expect(error!.message).toMatch(/did not accept the one-time code/);
  });

  it("sends a code of the stored MFA seed by itself", async () => {
    expect(await megaportSession(mfaConn({ totpSecret: MFA_SEED }))).toMatchObject({ username: "mfa" });
    expect(lastLogin().get("oneTimePassword")).toMatch(/^\d{6}$/);
    expect(await failure(megaportSession(mfaConn({ totpSecret: "not base32!" })))).toMatchObject({ code: "mfa_required", message: expect.stringMatching(/MFA seed/) });
  });
});

describe("Megaport API key (OAuth client credentials)", () => {
  const oauthConn = (secretKey = SECRET_KEY) => testConnectionOf("megaport", server.baseUrl, { accessKey: ACCESS_KEY, secretKey, authUrl: server.baseUrl });

  it("gets a token with Basic auth and an empty form body, then sends it as a bearer", async () => {
    const conn = oauthConn();
    const before = oauthLogins;
    const first = await callVendor(conn, { method: "GET", path: "/v2/products" });
    await callVendor(conn, { method: "GET", path: "/v2/products", query: { again: 1 } });
    expect(first.data).toMatchObject({ data: [{ productUid: "p-1" }] });
    expect(oauthLogins - before).toBe(1);
    expect(server.seen.at(-1)!.headers.authorization).toMatch(/^Bearer [0-9a-f-]{36}$/);
  });

  it("a wrong secret is upstream_unauthorized", async () => {
    const error = await failure(callVendor(oauthConn("wrong-secret-wrong"), { method: "GET", path: "/v2/products" }));
    expect(error!.code).toBe("upstream_unauthorized");
    expect(error!.message).toContain("API access key and API secret key");
  });

  it("takes its token from the API's own environment unless the connection names a token URL", () => {
    const at = (baseUrl: string, values: Record<string, string> = {}) => megaportTokenUrlBase(testConnectionOf("megaport", baseUrl, { accessKey: "a", secretKey: "s", ...values }));
    expect(at("https://api.megaport.com")).toBe("https://auth-m2m.megaport.com");
    expect(at("https://api-staging.megaport.com/")).toBe("https://auth-m2m-staging.megaport.com");
    expect(at("https://api-staging.megaport.com", { authUrl: "https://auth.example" })).toBe("https://auth.example");
    expect(() => at("https://megaport-proxy.example")).toThrow(/set the OAuth token URL base/);
  });
});
