import { createHmac, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConnection, updateConnection, upstreamConnection } from "./connections";
import { useDatabaseForTests } from "./db/client";
import type { TDatabase } from "./db/open-database";
import { testDatabases } from "./db/test-databases";
import { callVendor, isVendorError } from "./upstream";
import { startTestServer, type TSeenRequest, type TTestServer } from "./upstream/testing/test-server";

// The upstream core fed by connections stored (encrypted) in each database: what leaves the
// server is signed with the secrets as the admin typed them, and edits rotate cached tokens.

const NETTICA_KEY = "nettica-api-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56";
const PROVISION = { apiKey: "38-TMHQV8CV2XZYC2ZS", secretKey: "5f2b8c1e9d7a4b3c6e0f1a2d3c4b5a69" };
const ACRETO = { username: "ops@acme.test", password: "acreto-pass-1" };

let server: TTestServer;
let logins = 0;
let postCalls = 0;
const tokens = new Set<string>();

function route(req: TSeenRequest) {
  if (req.path.startsWith("/nettica/")) {
    if (req.headers["x-api-key"] !== NETTICA_KEY) return { status: 401, json: { error: "Unauthorized" } };
    if (req.method === "POST") {
      postCalls += 1;
      return { status: 503, json: { error: "busy" } };
    }
    return { json: [{ id: "device-abcdefabcdef", name: "edge-1" }], delayMs: 50 };
  }
  if (req.path === "/provision/api.php") {
    const cut = req.rawQuery.lastIndexOf("&hash=");
    const signed = req.rawQuery.slice(0, cut);
    const expected = createHmac("sha256", PROVISION.secretKey).update(signed).digest("base64");
    const ok = cut > 0 && decodeURIComponent(req.rawQuery.slice(cut + 6)) === expected && signed.endsWith(`apiKey=${PROVISION.apiKey}`);
    return ok ? { json: { success: 1, message: "", data: [] } } : { status: 401, json: { success: 0, message: "Invalid hash" } };
  }
  if (req.path === "/acreto/auth/login") {
    const body = JSON.parse(req.body) as typeof ACRETO;
    if (body.username !== ACRETO.username || body.password !== ACRETO.password) return { status: 401, json: { code: 401, message: "Invalid credentials" } };
    logins += 1;
    const accessToken = randomUUID();
    tokens.add(accessToken);
    return { json: { accessToken, customers: [{ name: "Acme", uuid: "c-1" }], expiry: 600 } };
  }
  const bearer = String(req.headers.authorization ?? "").replace(/^Bearer /, "");
  if (!tokens.has(bearer)) return { status: 401, json: { code: 401, message: "token is expired" } };
  return { json: [] };
}

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());

describe.each(testDatabases())("the upstream core with connections stored in $name", ({ open }) => {
  let database: TDatabase;
  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });

  it("sends the stored Nettica key, coalesces fifty identical GETs into one call, and never retries a POST", async () => {
    const view = await createConnection({ vendor: "nettica", name: "Lab", baseUrl: `${server.baseUrl}/nettica`, values: { apiKey: NETTICA_KEY }, clearSecrets: [] });
    const connection = await upstreamConnection(view.id);
    const before = server.seen.length;
    const results = await Promise.all(Array.from({ length: 50 }, () => callVendor(connection, { method: "GET", path: "/device" })));
    expect(server.seen.length - before).toBe(1);
    expect(results.every((r) => JSON.stringify(r.data) === '[{"id":"device-abcdefabcdef","name":"edge-1"}]')).toBe(true);

    const postsBefore = postCalls;
    const failure = await callVendor(connection, { method: "POST", path: "/device", body: {} }).catch((e: unknown) => e);
    expect(isVendorError(failure)).toBe(true);
    expect(postCalls - postsBefore).toBe(1);
  });

  it("signs ProVision queries with the stored secret so a strict server accepts them", async () => {
    const view = await createConnection({ vendor: "provision", name: "IPAM", baseUrl: `${server.baseUrl}/provision/api.php`, values: PROVISION, clearSecrets: [] });
    const result = await callVendor(await upstreamConnection(view.id), { method: "GET", path: "", query: { target: "ipam", action: "get", tags: "core, dc/1" } });
    expect(result.status).toBe(200);
  });

  it("ten concurrent calls on an expired token log in once, and an edit forces a fresh login", async () => {
    const view = await createConnection({ vendor: "acreto", name: "Acme", baseUrl: `${server.baseUrl}/acreto`, values: ACRETO, clearSecrets: [] });
    const connection = await upstreamConnection(view.id);
    await callVendor(connection, { method: "GET", path: "/customers/c-1/ecosystems" });
    tokens.clear();
    const before = logins;
    await Promise.all(Array.from({ length: 10 }, () => callVendor(connection, { method: "GET", path: "/customers/c-1/ecosystems", query: { n: Math.random() } })));
    expect(logins - before).toBe(1);

    await updateConnection(view.id, { name: "Acme IoT", values: { username: ACRETO.username, password: "" }, clearSecrets: [] });
    const edited = await upstreamConnection(view.id);
    expect(edited.version).toBe(connection.version + 1);
    await callVendor(edited, { method: "GET", path: "/customers/c-1/ecosystems" });
    expect(logins - before).toBe(2);
  });
});
