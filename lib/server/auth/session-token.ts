import "server-only";
import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import { z } from "zod";

/** What a session cookie says: whose it is and which user_sessions row it belongs to. */
export type TSessionClaims = { userId: string; sessionId: string };

const ZClaims = z.object({ sub: z.string().min(1), sid: z.uuid(), exp: z.number() });
const BASE_NAME = "next-auth.session-token";
/** A decoded cookie is remembered this long (never past its own expiry): most requests decrypt nothing. */
const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 5_000;

// next-auth v4's key for its session JWE (next-auth/jwt), derived once per secret, not per request.
const keys = new Map<string, Promise<Uint8Array>>();
const remembered = new Map<string, { claims: TSessionClaims; until: number }>();

function keyFor(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32);
    keys.set(secret, key);
  }
  return key;
}

/**
 * The cookie's name as next-auth chooses it: `__Secure-` when the console's origin is https
 * (NEXTAUTH_URL; on Vercel or with AUTH_TRUST_HOST, the forwarded protocol).
 */
function cookieName(forwardedProto: string | null): string {
  const trustHost = process.env.VERCEL ?? process.env.AUTH_TRUST_HOST;
  const origin = process.env.NEXTAUTH_URL ?? (trustHost ? (forwardedProto === "http" ? "http:" : "https:") : "http:");
  return origin.startsWith("https:") ? `__Secure-${BASE_NAME}` : BASE_NAME;
}

/** The token, put back together when next-auth split a large one into `<name>.0`, `<name>.1`…. */
function tokenOf(cookies: { name: string; value: string }[], name: string): string | null {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .filter((cookie) => cookie.name.startsWith(`${name}.`) && /^\d+$/.test(cookie.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : null;
}

/**
 * The session cookie's claims, verified as next-auth verifies them (A256GCM JWE under the key
 * derived from NEXTAUTH_SECRET, expiry with 15 s of tolerance), or null. A cookie verified once
 * is looked up, not decrypted, for a minute; whether its session still counts is checkSession's
 * question, asked on every request.
 */
export async function sessionClaims(cookies: { name: string; value: string }[], forwardedProto: string | null, secret: string, now = Date.now()): Promise<TSessionClaims | null> {
  const token = tokenOf(cookies, cookieName(forwardedProto));
  if (!token) return null;
  const known = remembered.get(token);
  if (known && known.until > now) return known.claims;
  if (known) remembered.delete(token);
  try {
    const { payload } = await jwtDecrypt(token, await keyFor(secret), { clockTolerance: 15, currentDate: new Date(now) });
    const parsed = ZClaims.safeParse(payload);
    if (!parsed.success) return null;
    const claims = { userId: parsed.data.sub, sessionId: parsed.data.sid };
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(token, { claims, until: Math.min(now + REMEMBER_MS, parsed.data.exp * 1000) });
    return claims;
  } catch {
    return null;
  }
}
