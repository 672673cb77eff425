import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TRole } from "@/lib/roles";
import { auditEvents } from "@/lib/server/db/schema";
import { suiteDatabase, testDatabases } from "@/lib/server/db/test-databases";
import { GET as exportCsv } from "./export/route";
import { GET } from "./route";

const { signedIn } = vi.hoisted(() => ({ signedIn: { role: null as TRole | null } }));
vi.mock("@/lib/server/auth/current-user", () => ({
  currentUser: async () => (signedIn.role ? { id: "00000000-0000-4000-8000-00000000000c", email: `${signedIn.role}@patchbay.test`, name: signedIn.role, role: signedIn.role } : null),
}));

type TPage = { events: { id: number; action: string; target: string | null; at: string }[]; total: number; totalCapped: boolean; nextBefore: number | null; message?: string };
const ORIGIN = "http://console.test";
const as = (role: TRole | null) => (signedIn.role = role);
const none = { params: Promise.resolve({}) };
const page = async (query: string) => {
  const response = await GET(new NextRequest(`${ORIGIN}/api/audit${query}`), none);
  return { status: response.status, body: (await response.json()) as TPage };
};
const download = (query: string) => exportCsv(new NextRequest(`${ORIGIN}/api/audit/export${query}`), none);
const day = (n: number) => new Date(Date.UTC(2025, 5, 1 + n, 12, 0, 0));
const iso = (date: Date) => encodeURIComponent(date.toISOString());

describe.each(testDatabases())("the audit trail routes on $name", ({ open }) => {
  const database = suiteDatabase(open);

  beforeAll(async () => {
    // Six events a day apart, 2025-06-01 to 06-06 at noon UTC, each naming the suite's marker.
    await database()
      .db.insert(auditEvents)
      .values([
        { at: day(0), actorEmail: "ada@patchbay.test", action: "connection.create", target: "nettica:=HYPERLINK(\"http://evil\")", outcome: "ok", ip: "192.0.2.1", details: { id: "c-1", baseUrl: "https://nettica.example" } },
        { at: day(1), actorEmail: "ada@patchbay.test", action: "acreto.createThing", target: "ecosystem:eco-1/thing:sensor-1", outcome: "ok", ip: "192.0.2.1", details: { connection: "Acreto lab" } },
        { at: day(2), actorEmail: null, action: "auth.sign_in", target: "bob@patchbay.test", outcome: "failed", ip: "198.51.100.7", details: { reason: "invalid credentials" } },
        { at: day(3), actorEmail: "ada@patchbay.test", action: "user.role", target: "bob@patchbay.test", outcome: "ok", ip: "192.0.2.1", details: { role: { from: "viewer", to: "admin" } } },
        { at: day(4), actorEmail: "ada@patchbay.test", action: "provision.deleteBlock", target: "block:7", outcome: "failed", ip: "192.0.2.1", details: { connection: "IPAM", error: "-1 is not a block, line\nbreak" } },
        { at: day(5), actorEmail: "bob@patchbay.test", action: "auth.sign_in", target: "bob@patchbay.test", outcome: "ok", ip: "203.0.113.9", details: { mfa: "password" } },
      ]);
  });

  it("is for admins only", async () => {
    as(null);
    expect((await page("")).status).toBe(401);
    expect((await download("")).status).toBe(401);
    for (const role of ["viewer", "operator"] as const) {
      as(role);
      expect((await page("")).status).toBe(403);
      expect((await download("")).status).toBe(403);
    }
  });

  it("filters by an inclusive date range, newest first, with the total", async () => {
    as("admin");
    const { status, body } = await page(`?from=${iso(day(1))}&to=${iso(day(3))}`);
    expect(status).toBe(200);
    expect(body.events.map((event) => event.action)).toEqual(["user.role", "auth.sign_in", "acreto.createThing"]);
    expect(body).toMatchObject({ total: 3, totalCapped: false, nextBefore: null });
    expect((await page(`?from=${iso(day(4))}`)).body.events.map((event) => event.action)).toEqual(["auth.sign_in", "provision.deleteBlock"]);
    expect((await page(`?to=${iso(day(0))}`)).body.total).toBe(1);
  });

  it("pages backwards by event id, the total staying that of the whole filter", async () => {
    as("admin");
    const first = await page(`?from=${iso(day(0))}&to=${iso(day(5))}&limit=4`);
    expect(first.body.events).toHaveLength(4);
    expect(first.body.total).toBe(6);
    expect(first.body.nextBefore).toBe(first.body.events.at(-1)!.id);
    const second = await page(`?from=${iso(day(0))}&to=${iso(day(5))}&limit=4&before=${first.body.nextBefore}`);
    expect(second.body.events.map((event) => event.action)).toEqual(["acreto.createThing", "connection.create"]);
    expect(second.body).toMatchObject({ total: 6, nextBefore: null });
  });

  it("searches targets, details (a vendor change's connection, a refusal's reason) and addresses", async () => {
    as("admin");
    expect((await page("?q=acreto%20lab")).body.events.map((event) => event.action)).toEqual(["acreto.createThing"]);
    expect((await page("?q=invalid%20credentials")).body.events.map((event) => event.at)).toEqual([day(2).toISOString()]);
    expect((await page("?q=198.51.100.7")).body.total).toBe(1);
    expect((await page("?q=100%25")).body.total).toBe(0); // % is a character here, not a wildcard
    expect((await page("?action=auth.&outcome=failed")).body.total).toBe(1);
  });

  it("refuses a filter it cannot read with a 400 that says why", async () => {
    as("admin");
    const refusals: [string, string | RegExp][] = [
      ["?from=yesterday", /^from: /],
      [`?from=${iso(day(3))}&to=${iso(day(1))}`, "to: The range ends before it starts"],
      ["?limit=0", "limit: limit is at least 1"],
      ["?limit=501", "limit: limit is at most 500"],
      ["?before=abc", /^before: /],
      ["?outcome=maybe", "outcome: Outcome is ok, denied or failed"],
      ["?q=a&q=b", 'Send the query parameter "q" once'],
      [`?q=${"x".repeat(201)}`, "q: Use at most 200 characters"],
    ];
    for (const [query, message] of refusals) {
      const { status, body } = await page(query);
      expect(status, query).toBe(400);
      expect(body.message, query).toMatch(message);
    }
    expect((await download("?from=yesterday")).status).toBe(400);
  });

  it("exports the range as CSV, formula-safe, named after the range, and records that it did", async () => {
    as("admin");
    const response = await download(`?from=${iso(day(0))}&to=${iso(day(4))}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="patchbay-audit-2025-06-01-1200Z-to-2025-06-05-1200Z.csv"');
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("time,user,action,action_code,target,target_raw,outcome,ip,details,id");
    expect(lines.at(-1)).toBe("");
    const rows = lines.slice(1, -1);
    // Five events in the range: the sign-in on 06-06 is after it.
    expect(rows.filter((row) => /^2025-06-0\d/.test(row))).toHaveLength(5);
    expect(text).not.toContain("2025-06-06");
    expect(text).toContain("2025-06-02T12:00:00.000Z,ada@patchbay.test,Created Acreto Thing,acreto.createThing,Thing sensor-1 — Acreto · Acreto lab,ecosystem:eco-1/thing:sensor-1,ok,192.0.2.1");
    // The formula is written as text: a spreadsheet shows it rather than running it.
    expect(text).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(text).not.toMatch(/,=HYPERLINK/);
    expect(text).toContain("Delete IP block,provision.deleteBlock,Block 7 — 6connect ProVision · IPAM,block:7,failed");

    const [exported] = await database().db.select().from(auditEvents).where(eq(auditEvents.action, "audit.export"));
    expect(exported).toMatchObject({ actorEmail: "admin@patchbay.test", outcome: "ok", details: { from: day(0).toISOString(), to: day(4).toISOString() } });
  });

  it("names an export without a range from the start of the trail to now", async () => {
    as("admin");
    const response = await download("?outcome=failed");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="patchbay-audit-start-to-\d{4}-\d\d-\d\d-\d{4}Z\.csv"$/);
    const rows = (await response.text()).split("\r\n").slice(1, -1);
    expect(rows).toHaveLength(2);
  });
});
