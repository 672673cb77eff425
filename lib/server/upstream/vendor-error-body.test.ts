import { describe, expect, it } from "vitest";
import { vendorErrorResponse } from "./error-response";
import { testConnectionOf } from "./testing/test-server";
import type { TReply } from "./types";
import { errorFromReply } from "./vendor-error-body";

const reply = (status: number, body: unknown): TReply => ({ status, headers: {}, text: JSON.stringify(body), latencyMs: 0 });
const acreto = testConnectionOf("acreto", "http://127.0.0.1:9", { username: "u", password: "p" });
const nettica = testConnectionOf("nettica", "http://127.0.0.1:9", { apiKey: "k" });
const megaport = testConnectionOf("megaport", "http://127.0.0.1:9", { username: "u", password: "p" });

describe("vendor error replies", () => {
  it("reads Acreto's 403 on an item the account may not see, or on a bad device token, as a refused request (422), not bad credentials", () => {
    for (const body of [{ code: 16387, message: "Access denied." }, { code: 16435, message: "Invalid or expired token." }]) {
      const error = errorFromReply(acreto, reply(403, body))!;
      expect(error.code).toBe("upstream_error");
      expect(error.message).toMatch(/refused access to this item/);
      expect(vendorErrorResponse(error).status).toBe(422);
    }
  });

  it("still reads other 401/403 answers as refused credentials (502, never 401)", () => {
    expect(errorFromReply(acreto, reply(401, { code: 16386, message: "Unauthorized." }))?.code).toBe("upstream_unauthorized");
    const suspended = errorFromReply(nettica, reply(403, { error: "Account Suspended" }))!;
    expect(suspended.code).toBe("upstream_unauthorized");
    expect(vendorErrorResponse(suspended).status).toBe(502);
  });

  it("reads Megaport's 403 (a company the login may not see) as a refused request with Megaport's message, not bad credentials", () => {
    const error = errorFromReply(megaport, reply(403, { message: "You do not have access to company 4242.", data: null, trace_id: "t-1" }))!;
    expect(error.code).toBe("upstream_error");
    // One sentence: Megaport's own period does not end it early, and no HTTP status in the words.
    expect(error.message).toBe('Megaport refused access: You do not have access to company 4242; the login of connection "Test megaport" lacks the permission for it.');
    expect(error.message).not.toMatch(/credentials/);
    expect(vendorErrorResponse(error).status).toBe(422);
  });
});
