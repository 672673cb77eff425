import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import { sessionClaims } from "./session-token";

const SECRET = "session-token-test-secret-0123456789abcdef";
const SESSION_ID = "0b9d3c52-6f1e-4a57-9d0c-3a1f2e4b5c6d";
const cookie = (value: string, name = "next-auth.session-token") => [{ name, value }];

describe("the session cookie, read without next-auth's session handler", () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
  });

  it("reads what next-auth wrote, and nothing sealed under another secret", async () => {
    const token = await encode({ token: { sub: "user-1", sid: SESSION_ID, role: "admin" }, secret: SECRET, maxAge: 3_600 });
    expect(await sessionClaims(cookie(token), null, SECRET)).toEqual({ userId: "user-1", sessionId: SESSION_ID });
    const forged = await encode({ token: { sub: "user-1", sid: SESSION_ID }, secret: "another-secret-entirely-0123456789", maxAge: 3_600 });
    expect(await sessionClaims(cookie(forged), null, SECRET)).toBeNull();
    expect(await sessionClaims(cookie(`${token.slice(0, -4)}AAAA`), null, SECRET)).toBeNull();
    expect(await sessionClaims(cookie("not-a-token"), null, SECRET)).toBeNull();
    expect(await sessionClaims([], null, SECRET)).toBeNull();
  });

  it("refuses an expired cookie, even one it has read before", async () => {
    const token = await encode({ token: { sub: "user-2", sid: SESSION_ID }, secret: SECRET, maxAge: 60 });
    const now = Date.now();
    expect(await sessionClaims(cookie(token), null, SECRET, now)).not.toBeNull();
    expect(await sessionClaims(cookie(token), null, SECRET, now + 50_000)).not.toBeNull();
    expect(await sessionClaims(cookie(token), null, SECRET, now + 60_000 + 16_000)).toBeNull();
  });

  it("refuses a cookie without a session id", async () => {
    const token = await encode({ token: { sub: "user-3" }, secret: SECRET, maxAge: 3_600 });
    expect(await sessionClaims(cookie(token), null, SECRET)).toBeNull();
  });

  it("takes the __Secure- cookie on an https origin, and a token split into chunks", async () => {
    const token = await encode({ token: { sub: "user-4", sid: SESSION_ID }, secret: SECRET, maxAge: 3_600 });
    process.env.NEXTAUTH_URL = "https://patchbay.example.test";
    expect(await sessionClaims(cookie(token), null, SECRET)).toBeNull();
    const secure = "__Secure-next-auth.session-token";
    expect(await sessionClaims(cookie(token, secure), null, SECRET)).toMatchObject({ userId: "user-4" });
    const half = Math.floor(token.length / 2);
    const chunks = [{ name: `${secure}.1`, value: token.slice(half) }, { name: `${secure}.0`, value: token.slice(0, half) }];
    expect(await sessionClaims(chunks, null, SECRET)).toMatchObject({ userId: "user-4" });
  });
});
