import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { suiteDatabase, testDatabases } from "../db/test-databases";
import { sharedToken } from "./shared-tokens";
import { dropToken, forgetTokensInMemory, getToken, tokenKey } from "./token-cache";

const HOUR = 3_600_000;
let logins = 0;
const slowLogin = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  logins++;
  return { value: `tok-${logins}-${Math.random().toString(36).slice(2)}`, expiresAt: Date.now() + HOUR, profile: { customers: ["c1"] } };
};

describe.each(testDatabases())("vendor tokens shared through the database on $name", ({ name, open }) => {
  process.env.ENCRYPTION_KEY = Buffer.alloc(32, 5).toString("base64");
  const database = suiteDatabase(open);
  let n = 0;
  const freshKey = () => tokenKey({ id: `${name}-conn-${++n}`, version: 1 }, "acreto");

  it("one login serves an instance that starts later, with the login's profile", async () => {
    const key = freshKey();
    const before = logins;
    const first = await getToken(key, Date.now(), 30_000, slowLogin);
    forgetTokensInMemory(); // a new instance: nothing in memory
    const second = await getToken(key, Date.now(), 30_000, slowLogin);
    expect(second).toMatchObject({ value: first.value, profile: { customers: ["c1"] } });
    expect(logins - before).toBe(1);
  });

  it("two instances asking at once make one login between them", async () => {
    const key = freshKey();
    const before = logins;
    // sharedToken is the layer below each instance's own single flight.
    const [a, b] = await Promise.all([sharedToken(key, Date.now(), 30_000, new Set(), slowLogin), sharedToken(key, Date.now(), 30_000, new Set(), slowLogin)]);
    expect(a.value).toBe(b.value);
    expect(logins - before).toBe(1);
  });

  it("a token the vendor refused is dropped for every instance, and the next caller logs in again", async () => {
    const key = freshKey();
    const first = await getToken(key, Date.now(), 30_000, slowLogin);
    dropToken(key, first.value);
    forgetTokensInMemory();
    // The drop reaches the database in the background.
    await expect.poll(async () => JSON.stringify((await database().db.execute(sql`select token from vendor_tokens where key = ${key}`)) as unknown)).toContain('"token":null');
    const renewed = await getToken(key, Date.now(), 30_000, slowLogin);
    expect(renewed.value).not.toBe(first.value);
  });

  it("keeps the token encrypted at rest", async () => {
    const key = freshKey();
    const { value } = await getToken(key, Date.now(), 30_000, slowLogin);
    const rows = await database().db.execute(sql`select token, value_hash from vendor_tokens`);
    expect(JSON.stringify((rows as unknown as { rows: unknown[] }).rows)).not.toContain(value);
  });

  it("a login that fails (a one-time code still to come) leaves the next caller free to try", async () => {
    const key = freshKey();
    await expect(getToken(key, Date.now(), 30_000, () => Promise.reject(new Error("mfa_required")))).rejects.toThrow("mfa_required");
    await expect(getToken(key, Date.now(), 30_000, slowLogin)).resolves.toMatchObject({ value: expect.stringMatching(/^tok-/) });
  });
});
