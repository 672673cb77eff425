import { afterEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/server/auth/current-user";
import { mfaEnrolmentRequiredError } from "@/lib/server/auth/current-user";
import { openDatabase } from "@/lib/server/db/open-database";
import { suiteDatabase } from "@/lib/server/db/test-databases";
import type { TSearchAnswer } from "@/lib/search/search-types";
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
