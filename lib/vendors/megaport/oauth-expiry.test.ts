import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { callOperation } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { megaportOperations } from "./operations";

const TOKEN_ROUTE = "POST /oauth2/token";
const TTL_S = 600;

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 3, megaport: { oauthTokenTtlSeconds: TTL_S } });
});
afterAll(() => sims.close());
afterEach(() => vi.useRealTimers());

async function tokenCalls(): Promise<number> {
  const stats = (await (await fetch(`${sims.controlUrls.megaport}/stats`)).json()) as { byRoute: Record<string, number> };
  return stats.byRoute[TOKEN_ROUTE] ?? 0;
}

describe("Megaport API keys", () => {
  it("reuse one OAuth token and fetch the next shortly before expires_in runs out, not after", async () => {
    // Only Date is faked, so the token cache moves on while sockets keep working (each call below is a new URL, past any short cache).
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const conn = testConnectionOf("megaport", sims.urls.megaport, { accessKey: sims.credentials.megaport.accessKey, secretKey: sims.credentials.megaport.secretKey, authUrl: sims.urls.megaportAuth });
    const read = (path: string) => callOperation(megaportOperations, conn, "GET", path);

    const { services } = (await read("services")) as { services: { uid: string }[] };
    expect(await tokenCalls()).toBe(1);
    // A tenth of a 10-minute token's life before it ends (60 s), the cached one still serves.
    vi.setSystemTime(Date.now() + (TTL_S - 70) * 1000);
    await read("identity");
    expect(await tokenCalls()).toBe(1);
    // Inside the last minute: a new token before Megaport would refuse the old one, and no 401 on the way.
    vi.setSystemTime(Date.now() + 20_000);
    const before = (await (await fetch(`${sims.controlUrls.megaport}/stats`)).json()) as { byStatus: Record<string, number> };
    await read(`services/${services[0]!.uid}`);
    expect(await tokenCalls()).toBe(2);
    const after = (await (await fetch(`${sims.controlUrls.megaport}/stats`)).json()) as { byStatus: Record<string, number> };
    expect(after.byStatus["401"] ?? 0).toBe(before.byStatus["401"] ?? 0);
  });
});
