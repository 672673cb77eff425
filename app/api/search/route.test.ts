import { afterEach, describe, expect, it, vi } from "vitest";
import type { TRole } from "@/lib/role-names";
import type { TSessionUser } from "@/lib/server/auth/current-user";
import { mfaEnrolmentRequiredError } from "@/lib/server/auth/current-user";
import { createConnection, upstreamConnections } from "@/lib/server/connections";
import { openDatabase } from "@/lib/server/db/open-database";
import { suiteDatabase } from "@/lib/server/db/test-databases";
import { refreshSearchIndex } from "@/lib/server/search/refresh-search-index";
import type { TSearchEntry } from "@/lib/server/search/search-entry";
import type { TSearchAnswer } from "@/lib/search/search-types";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { GET } from "./route";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null | Error }));
vi.mock("@/lib/server/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/server/auth/current-user")>()),
  currentUser: async () => {
    if (session.user instanceof Error) throw session.user;
    return session.user;
  },
}));

const as = (role: TSessionUser["role"]) => (session.user = { id: `${role}-1`, email: `${role}@patchbay.test`, name: "", role });
const call = (query: string) => GET(new Request(`http://console.test/api/search${query}`) as never, { params: Promise.resolve({}) });
const answerTo = async (query: string) => {
  const response = await call(query);
  expect(response.status, query).toBe(200);
  return (await response.json()) as TSearchAnswer;
};

/** A connection whose index holds the given entries, read already: the search calls no vendor. */
async function indexedConnection(vendor: TVendor, values: Record<string, string>, entries: TSearchEntry[]) {
  const { id } = await createConnection({ vendor, name: `${vendor} probes`, baseUrl: `http://${vendor}.invalid`, values, clearSecrets: [] });
  const connection = (await upstreamConnections()).find((each) => each.id === id)!;
  expect(await refreshSearchIndex(connection, { force: true, read: async () => entries })).toBe("replaced");
}

const probe = (kind: TSearchEntry["kind"], title: string, role?: TRole): TSearchEntry => ({ kind, title, detail: "", href: `/probes/${title}`, fields: [["name", title]], role });

describe("GET /api/search", () => {
  suiteDatabase(() => openDatabase({ dir: null }));
  afterEach(() => {
    session.user = null;
  });

  it("answers 401 to a signed-out caller and 403 to one who must still set up MFA", async () => {
    expect((await call("?q=gw")).status).toBe(401);
    session.user = mfaEnrolmentRequiredError();
    expect((await call("?q=gw")).status).toBe(403);
  });

  it("answers 400 to a vendor it does not know, or a limit that is not a whole number from 1 to 100, and says which", async () => {
    as("viewer");
    for (const [query, message] of [
      ["?q=a&vendor=cisco", /^vendor: vendor is one of nettica, acreto, provision, n2n, megaport$/],
      ["?q=a&vendor=", /^vendor: /],
      ["?q=a&vendor=Nettica", /^vendor: /],
      ["?q=a&limit=0", /^limit: limit is a whole number from 1 to 100$/],
      ["?q=a&limit=101", /^limit: /],
      ["?q=a&limit=2.5", /^limit: /],
      ["?q=a&limit=many", /^limit: /],
      ["?q=a&limit=", /^limit: /],
      ["?q=a&vendor=nettica&limit=1000000", /^limit: /],
      ["?q=a&limit=50", /^limit: limit is at most 8 without a vendor$/],
    ] as const) {
      const response = await call(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error, query).toBe("bad_request");
      expect(body.message, query).toMatch(message);
    }
  });

  it("tells each vendor's total of what the role may open, and narrowed to one vendor answers up to the limit of its hits", async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
    const twelve = Array.from({ length: 12 }, (_, n) => probe("nettica.device", `probe-gw-${String(n + 1).padStart(2, "0")}`));
    await indexedConnection("nettica", { apiKey: "probe-key-000000000000" }, [...twelve, probe("nettica.device", "probe-gw-operators", "operator")]);
    await indexedConnection("megaport", { accessKey: "probe-access", secretKey: "probe-secret" }, ["a", "b", "c"].map((n) => probe("megaport.service", `probe-vxc-${n}`)));

    as("viewer");
    const everyVendor = await answerTo("?q=probe");
    expect(everyVendor.groups.map((group) => [group.vendor, group.hits.length, group.total])).toEqual([
      ["nettica", 8, 12],
      ["megaport", 3, 3],
    ]);
    const nettica = await answerTo("?q=probe&vendor=nettica&limit=100");
    expect(nettica.groups.map((group) => [group.vendor, group.hits.length, group.total])).toEqual([["nettica", 12, 12]]);
    expect(nettica.groups[0]!.hits.map((hit) => hit.title)).toEqual(twelve.map((entry) => entry.title));
    // The same order: the first 8 narrowed are the 8 shown among every vendor.
    expect(nettica.groups[0]!.hits.slice(0, 8)).toEqual(everyVendor.groups[0]!.hits);
    expect(nettica.pages).toEqual([]);
    expect((await answerTo("?q=probe&vendor=nettica&limit=5")).groups.map((group) => [group.hits.length, group.total])).toEqual([[5, 12]]);
    expect((await answerTo("?q=probe&vendor=nettica")).groups.map((group) => [group.hits.length, group.total])).toEqual([[8, 12]]);
    expect((await answerTo("?q=probe&vendor=acreto&limit=100")).groups).toEqual([]);
    expect((await answerTo("?q=probe&limit=2")).groups.map((group) => [group.vendor, group.hits.length, group.total])).toEqual([
      ["nettica", 2, 12],
      ["megaport", 2, 3],
    ]);

    // The operators' entry counts for them only.
    as("operator");
    expect((await answerTo("?q=probe&vendor=nettica&limit=100")).groups.map((group) => [group.hits.length, group.total])).toEqual([[13, 13]]);
    expect((await answerTo("?q=probe")).groups[0]?.total).toBe(13);
  });

  it("answers 400 to a missing, empty, too long, repeated or unknown parameter, or a control character", async () => {
    as("viewer");
    for (const query of ["", "?q=", "?q=%20%20", `?q=${"x".repeat(101)}`, "?q=a&q=b", "?q=a&connection=x", "?q=a%00b", "?q=a%0d%0ab"]) {
      const response = await call(query);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error).toBe("bad_request");
    }
  });

  it("answers each role with only its own pages and actions, and the server time it took", async () => {
    as("viewer");
    const viewer = await call("?q=settings");
    expect(viewer.status).toBe(200);
    expect(viewer.headers.get("server-timing")).toMatch(/^search;dur=\d+(\.\d+)?$/);
    const answer = (await viewer.json()) as TSearchAnswer;
    expect(answer).toEqual({ query: "settings", pages: [expect.objectContaining({ title: "Settings → Security", role: "viewer" })], groups: [], indexing: [], failing: [] });
    as("viewer");
    expect(((await (await call("?q=assign")).json()) as TSearchAnswer).pages).toEqual([]);
    as("operator");
    expect(((await (await call("?q=assign")).json()) as TSearchAnswer).pages.map((page) => page.title)).toEqual(["Smart Assign a block"]);
  });
});
