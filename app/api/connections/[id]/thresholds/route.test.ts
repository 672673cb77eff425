import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TThresholdsView } from "@/lib/attention/threshold-fields";
import type { TRole } from "@/lib/roles";
import { createConnection, deleteConnection } from "@/lib/server/connections";
import { auditEvents, attentionThresholds } from "@/lib/server/db/schema";
import { suiteDatabase, testDatabases } from "@/lib/server/db/test-databases";
import { GET as getHistory } from "../../../attention/history/route";
import { GET, PUT } from "./route";

const { signedIn } = vi.hoisted(() => ({ signedIn: { role: null as TRole | null } }));
vi.mock("@/lib/server/auth/current-user", () => ({
  currentUser: async () => (signedIn.role ? { id: { viewer: "00000000-0000-4000-8000-00000000000a", operator: "00000000-0000-4000-8000-00000000000b", admin: "00000000-0000-4000-8000-00000000000c" }[signedIn.role], email: `${signedIn.role}@patchbay.test`, name: signedIn.role, role: signedIn.role } : null),
}));

const ORIGIN = "http://console.test";
const as = (role: TRole | null) => (signedIn.role = role);
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const get = async (id: string) => {
  const response = await GET(new NextRequest(`${ORIGIN}/api/connections/${id}/thresholds`), context(id));
  return { status: response.status, body: (await response.json()) as { thresholds: TThresholdsView; message?: string } };
};
const put = async (id: string, body: unknown, origin = ORIGIN) => {
  const request = new NextRequest(`${ORIGIN}/api/connections/${id}/thresholds`, { method: "PUT", body: JSON.stringify(body), headers: { "content-type": "application/json", origin, host: "console.test" } });
  const response = await PUT(request, context(id));
  return { status: response.status, body: (await response.json()) as { thresholds: TThresholdsView; message?: string; fieldErrors?: Record<string, string[]> } };
};

describe.each(testDatabases())("the thresholds and history routes on $name", ({ open }) => {
  const database = suiteDatabase(open);
  let provisionId = "";
  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 8).toString("base64");
    process.env.N2N_API_KEY = "n2n-env-key-0123456789";
    provisionId = (await createConnection({ vendor: "provision", name: "IPAM", baseUrl: "https://ipam.example.test/api", values: { apiKey: "pk-123456", secretKey: "sk-abcdefghijkl" }, clearSecrets: [] })).id;
  });
  afterAll(() => {
    delete process.env.N2N_API_KEY;
    as(null);
  });

  it("shows any signed-in role what a connection is judged by, and only an admin may change it", async () => {
    as(null);
    expect((await get(provisionId)).status).toBe(401);
    as("viewer");
    const seen = await get(provisionId);
    expect(seen.status).toBe(200);
    expect(seen.body.thresholds).toMatchObject({ vendor: "provision", thresholds: { fullWarningPercent: 90, fullCriticalPercent: 98, commonMaskIpv4: 24, commonMaskIpv6: 48 }, custom: [], updatedBy: null });
    for (const role of ["viewer", "operator"] as const) {
      as(role);
      expect((await put(provisionId, { fullWarningPercent: 80 })).status).toBe(403);
    }
    as("admin");
    expect((await put(provisionId, { fullWarningPercent: 80 }, "https://elsewhere.example")).status).toBe(403);
    const saved = await put(provisionId, { fullWarningPercent: 80, fullCriticalPercent: 98 });
    expect(saved.status).toBe(200);
    // Only what differs from the defaults is kept: the critical share still follows them.
    expect(saved.body.thresholds).toMatchObject({ thresholds: { fullWarningPercent: 80, fullCriticalPercent: 98 }, custom: ["fullWarningPercent"], updatedBy: "admin@patchbay.test" });
    const [trail] = await database().db.select().from(auditEvents).where(eq(auditEvents.action, "connection.thresholds"));
    expect(trail).toMatchObject({ actorEmail: "admin@patchbay.test", target: "provision:IPAM", outcome: "ok", details: { id: provisionId, thresholds: { fullWarningPercent: 80 } } });
  });

  it("refuses values out of bounds, a critical share under the warning, another vendor's key and anything unknown, naming the field", async () => {
    as("admin");
    const low = await put(provisionId, { fullWarningPercent: 40 });
    expect(low).toMatchObject({ status: 400, body: { message: "fullWarningPercent: At least 50 %", fieldErrors: { fullWarningPercent: ["At least 50 %"] } } });
    expect((await put(provisionId, { fullWarningPercent: 95, fullCriticalPercent: 92 })).body).toMatchObject({ fieldErrors: { fullCriticalPercent: ["At least the warning share (95 %)"] } });
    expect((await put(provisionId, { fullWarningPercent: 85.5 })).body.fieldErrors).toEqual({ fullWarningPercent: ["Enter a whole number from 50 % to 100 %"] });
    expect((await put(provisionId, { fullWarningPercent: "80" })).status).toBe(400);
    expect((await put(provisionId, { commonMaskIpv4: 31 })).body.fieldErrors).toEqual({ commonMaskIpv4: ["At most /30"] });
    const foreign = await put(provisionId, { silentAfterHours: 2 });
    expect(foreign.status).toBe(400);
    expect(foreign.body.message).toMatch(/silentAfterHours/);
    expect((await put("env:n2n", { silentAfterHours: 0 })).body.fieldErrors).toEqual({ silentAfterHours: ["At least 1 h"] });
    expect((await put("env:n2n", { silentAfterHours: 721 })).body.fieldErrors).toEqual({ silentAfterHours: ["At most 720 h"] });
    expect((await put("00000000-0000-4000-8000-000000000000", {})).status).toBe(404);
    expect((await get("env:acreto")).status).toBe(404);
    // Nothing refused was kept.
    expect((await get(provisionId)).body.thresholds.thresholds.fullWarningPercent).toBe(80);
  });

  it("sets an environment connection's thresholds, and takes a reset to the defaults as no setting", async () => {
    as("admin");
    expect((await put("env:n2n", { silentAfterHours: 6, quotaWarningPercent: 75 })).body.thresholds).toMatchObject({ connectionId: "env:n2n", vendor: "n2n", thresholds: { silentAfterHours: 6, quotaWarningPercent: 75 } });
    expect((await get("env:n2n")).body.thresholds.custom.sort()).toEqual(["quotaWarningPercent", "silentAfterHours"]);
    expect((await put("env:n2n", { silentAfterHours: 24, quotaWarningPercent: 90 })).body.thresholds).toMatchObject({ custom: [], updatedAt: null });
    expect(await database().db.select().from(attentionThresholds).where(eq(attentionThresholds.connectionId, "env:n2n"))).toEqual([]);
  });

  it("forgets a deleted connection's thresholds", async () => {
    as("admin");
    const nettica = await createConnection({ vendor: "nettica", name: "Nettica", baseUrl: "https://my.nettica.example/api/v1.0", values: { apiKey: "nettica-api-0123456789abcdef" }, clearSecrets: [] });
    expect((await put(nettica.id, { downAfterSeconds: 119 })).body.fieldErrors).toEqual({ downAfterSeconds: ["At least 120 s"] });
    expect((await put(nettica.id, { downAfterSeconds: 600 })).status).toBe(200);
    await deleteConnection(nettica.id);
    expect(await database().db.select().from(attentionThresholds).where(eq(attentionThresholds.connectionId, nettica.id))).toEqual([]);
    expect((await get(nettica.id)).status).toBe(404);
  });

  it("serves the history to any signed-in role, with its query checked", async () => {
    const history = async (query: string) => {
      const response = await getHistory(new NextRequest(`${ORIGIN}/api/attention/history${query}`), { params: Promise.resolve({}) });
      return { status: response.status, body: (await response.json()) as { days?: number; vendors?: { vendor: string }[]; message?: string } };
    };
    as(null);
    expect((await history("")).status).toBe(401);
    as("viewer");
    expect((await history("")).body).toMatchObject({ days: 7, vendors: [{ vendor: "nettica" }, { vendor: "acreto" }, { vendor: "provision" }, { vendor: "n2n" }, { vendor: "megaport" }] });
    expect((await history("?vendor=n2n&days=90")).body).toMatchObject({ days: 90, vendors: [{ vendor: "n2n" }] });
    for (const query of ["?days=0", "?days=91", "?days=1.5", "?days=week", "?vendor=cisco", "?limit=5", "?days=7&days=30"]) expect((await history(query)).status, query).toBe(400);
    expect((await history("?days=91")).body.message).toBe("days: At most 90 days");
  });
});
