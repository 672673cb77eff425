import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/server/db/client";
import { openDatabase, type TDatabase } from "@/lib/server/db/open-database";
import { HttpError } from "@/lib/server/http/errors";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { vendorErrorResponse } from "@/lib/server/upstream/error-response";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { isVendorError } from "@/lib/server/upstream/vendor-error";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { acretoOperations } from "./operations";
import { ZAcretoCommitProgress, ZAcretoCommitStarted, ZAcretoCustomerView, ZAcretoEcosystemDetail, ZAcretoGroupRow, ZAcretoThingRow } from "./schemas";

const COMMIT_MS = 60_000;
const ROUTES = {
  login: "POST /auth/login",
  ecosystem: "GET /customers/:customer/ecosystems/:ecosystem",
  commit: "POST /customers/:customer/ecosystems/:ecosystem/commits",
  createThing: "POST /customers/:customer/ecosystems/:ecosystem/devices",
  putThing: "PUT /customers/:customer/ecosystems/:ecosystem/devices/:thing",
  deleteThing: "DELETE /customers/:customer/ecosystems/:ecosystem/devices/:thing",
};

let sims: TRunningSimulators;
let database: TDatabase;
beforeAll(async () => {
  // Commits and pending enrolments are shared through the database.
  database = await openDatabase({ dir: null });
  useDatabaseForTests(database);
  sims = await startSimulators({ port: 0, seed: 7, acreto: { commitDurationMs: COMMIT_MS } });
});
afterAll(async () => {
  sims.close();
  useDatabaseForTests(undefined);
  await database.close();
});

const sim = () => sims.simulators.acreto;
const connection = (account: { username: string; password: string }) => testConnectionOf("acreto", sims.urls.acreto, { username: account.username, password: account.password });
const admin = () => connection(sims.credentials.acreto.admin);
const run = (conn: TUpstreamConnection, method: string, path: string, call?: TOperationCall) => callOperation(acretoOperations, conn, method, path, call);
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("should have failed"), (error: unknown) => error);

/** Requests the simulator answered, per "METHOD /route", read from its control API. */
async function simCount(route: string): Promise<number> {
  const stats = (await (await fetch(`${sims.controlUrls.acreto}/stats`)).json()) as { byRoute: Record<string, number> };
  return stats.byRoute[route] ?? 0;
}

function ecosystemNamed(name: string) {
  const ecosystem = sim().state.ecosystems.find((e) => e.name === name);
  if (!ecosystem) throw new Error(`no ecosystem ${name}`);
  return { ecosystem, path: `customers/${ecosystem.customerUuid}/ecosystems/${ecosystem.uuid}` };
}

async function expectConflict(promise: Promise<unknown>, reason: RegExp) {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(HttpError);
  expect(error).toMatchObject({ status: 409, message: expect.stringMatching(reason) });
}

describe("Acreto operations: the seed's quick-start", () => {
  it("signs in through the one-time code, creates a Thing in the first group, commits once and follows it to ok", async () => {
    const { mfaUser } = sims.credentials.acreto;
    const conn = connection(mfaUser);
    const loginsBefore = await simCount(ROUTES.login);
    const tokensBefore = sim().state.accessTokens.size;

    // 1. No seed stored: Acreto's 424 reaches the console as mfa_required, which asks the admin for a code.
    const asked = await failure(run(conn, "GET", "customers"));
    expect(isVendorError(asked) && vendorErrorResponse(asked)).toMatchObject({ status: 424, body: { error: "mfa_required" } });
    const otp = generateSync({ secret: mfaUser.totpSecret, epoch: Math.floor(sim().clock.now() / 1000) });
    const { customers } = (await run(conn, "GET", "customers", { otp })) as { customers: unknown[] };
    const [customer] = customers.map((c) => ZAcretoCustomerView.parse(c));
    expect(customer).toMatchObject({ name: "Northwind Logistics", problem: null });

    // 2. The ecosystem to use; from here on the cached login serves every call, no code asked again.
    const target = customer!.ecosystems.find((e) => e.status === "ok")!;
    const base = `customers/${customer!.uuid}/ecosystems/${target.uuid}`;
    expect(target.owner?.username).toBe(sims.credentials.acreto.admin.username);
    expect(ZAcretoEcosystemDetail.parse(await run(conn, "GET", base))).toMatchObject({ status: "ok", canChange: true, reason: null });

    // 3. Profile groups, 4. create a Thing in the first, 5. see it listed.
    const { groups } = (await run(conn, "GET", `${base}/groups`)) as { groups: unknown[] };
    const firstGroup = ZAcretoGroupRow.parse(groups[0]);
    expect(firstGroup.name).toBe("Profile Group 1");
    const created = ZAcretoThingRow.parse(
      await run(conn, "POST", `${base}/things`, { input: { name: "My first Thing", category: "IoT", assetValue: 1, profileGroup: firstGroup.uuid } }),
    );
    expect(created).toMatchObject({ name: "My first Thing", type: "device", profileGroupName: "Profile Group 1", expiresAt: null });
    const { things } = (await run(conn, "GET", `${base}/things`)) as { things: unknown[] };
    expect(things.map((t) => ZAcretoThingRow.parse(t).uuid)).toContain(created.uuid);
    expect(ZAcretoEcosystemDetail.parse(await run(conn, "GET", base)).status).toBe("pending_changes");

    // 6. Commit once, then follow the progress.
    const commitsBefore = await simCount(ROUTES.commit);
    const { startedAt } = ZAcretoCommitStarted.parse(await run(conn, "POST", `${base}/commits`, { role: "operator" }));
    const running = ZAcretoCommitProgress.parse(await run(conn, "GET", `${base}/commit-status`));
    expect(running).toMatchObject({ status: "commit_in_progress", committing: true, since: startedAt, sinceKnown: true, canChange: false });
    expect(running.elapsedMs).toBeGreaterThanOrEqual(0);
    await expectConflict(run(conn, "POST", `${base}/things`, { input: { name: "Too soon", profileGroup: firstGroup.uuid } }), /commit is in progress/);
    await expectConflict(run(conn, "POST", `${base}/commits`), /commit is in progress/);

    sim().clock.advance(COMMIT_MS);
    let progress = running;
    for (const deadline = Date.now() + 5_000; progress.committing && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the shared status read is cached ~2 s
      progress = ZAcretoCommitProgress.parse(await run(conn, "GET", `${base}/commit-status`));
    }
    expect(progress).toMatchObject({ status: "ok", committing: false, since: null, canChange: true, lastCommit: { startedAt, outcome: "ok" } });
    expect((await simCount(ROUTES.commit)) - commitsBefore).toBe(1);
    // One login: refused (424), then resent with the code (424, then 200 with X-OTP); none after.
    expect(sim().state.accessTokens.size - tokensBefore).toBe(1);
    expect((await simCount(ROUTES.login)) - loginsBefore).toBe(3);
  });

  it("twenty viewers polling the commit status share one upstream read", async () => {
    const conn = admin();
    await run(conn, "GET", "customers"); // signs in
    const { path } = ecosystemNamed("Fleet Telematics");
    const before = await simCount(ROUTES.ecosystem);
    const polls = await Promise.all(Array.from({ length: 20 }, () => run(conn, "GET", `${path}/commit-status`)));
    expect(new Set(polls.map((p) => ZAcretoCommitProgress.parse(p).status))).toEqual(new Set(["pending_changes"]));
    await Promise.all(Array.from({ length: 20 }, () => run(conn, "GET", `${path}/commit-status`)));
    expect((await simCount(ROUTES.ecosystem)) - before).toBe(1);
  });

  it("a commit Acreto answers with 503 is not sent again, and nothing is shown as committing", async () => {
    const conn = admin();
    const { ecosystem, path } = ecosystemNamed("Fleet Telematics");
    await run(conn, "GET", path); // signs in, reads the status
    const before = await simCount(ROUTES.commit);
    const fault = { kind: "error", status: 503, pathPrefix: `/customers/${ecosystem.customerUuid}/ecosystems/${ecosystem.uuid}/commits` };
    await fetch(`${sims.controlUrls.acreto}/faults/next`, { method: "POST", body: JSON.stringify(fault) });
    const error = await failure(run(conn, "POST", `${path}/commits`));
    expect(error).toMatchObject({ code: "upstream_unavailable", status: 503 });
    expect((await simCount(ROUTES.commit)) - before).toBe(1);
    expect(ZAcretoCommitProgress.parse(await run(conn, "GET", `${path}/commit-status`))).toMatchObject({ committing: false, status: "pending_changes" });
  });
});

describe("Acreto operations: Things", () => {
  it("an edit sends the whole Thing: fields the form left out keep their values", async () => {
    const conn = admin();
    const { ecosystem, path } = ecosystemNamed("Fleet Telematics");
    const things = sim().state.things.filter((t) => t.ecosystemUuid === ecosystem.uuid);
    const original = structuredClone(things.find((t) => t.expiry?.type === "date") ?? things[0]!);
    expect(original.category).not.toBe("");

    const edited = ZAcretoThingRow.parse(await run(conn, "PUT", `${path}/things/${original.uuid}`, { input: { name: "Truck Gateway (spare)" }, role: "operator" }));
    expect(sim().state.things.find((t) => t.uuid === original.uuid)).toEqual({ ...original, name: "Truck Gateway (spare)" });
    expect(edited).toMatchObject({ name: "Truck Gateway (spare)", category: original.category, assetValue: original.assetValue, profileGroup: original.profileGroup });

    // The form's fields win; a fresh read (not a cached one) prefills the next edit.
    await run(conn, "PUT", `${path}/things/${original.uuid}`, { input: { assetValue: 4, expiry: { time: "2027-01-31T00:00:00.000Z", type: "date" } } });
    const reread = ZAcretoThingRow.parse(await run(conn, "GET", `${path}/things/${original.uuid}`));
    expect(reread).toMatchObject({ name: "Truck Gateway (spare)", category: original.category, assetValue: 4, expiresAt: "2027-01-31T00:00:00.000Z" });

    await run(conn, "DELETE", `${path}/things/${original.uuid}`);
    expect(sim().state.things.some((t) => t.uuid === original.uuid)).toBe(false);
  });

  it("refuses changes while a commit runs or the ecosystem is in error, before Acreto is asked", async () => {
    const conn = admin();
    const broken = ecosystemNamed("Lab Instruments");
    const detail = ZAcretoEcosystemDetail.parse(await run(conn, "GET", broken.path));
    expect(detail).toMatchObject({ status: "ecosystem_error", canChange: false, reason: "The ecosystem is in error: contact Acreto support" });
    const [group] = sim().state.groups.filter((g) => g.ecosystemUuid === broken.ecosystem.uuid);
    const createsBefore = await simCount(ROUTES.createThing);
    await expectConflict(run(conn, "POST", `${broken.path}/things`, { input: { name: "Analyzer 9", profileGroup: group!.uuid } }), /contact Acreto support/);
    expect(await simCount(ROUTES.createThing)).toBe(createsBefore);

    // A commit someone started elsewhere: Patchbay only sees the status, and blocks edits all the same.
    const busy = ecosystemNamed("Clinic Devices");
    sim().control.setEcosystemStatus(busy.ecosystem.uuid, "commit_in_progress");
    const fresh = admin(); // no cached status
    const progress = ZAcretoCommitProgress.parse(await run(fresh, "GET", `${busy.path}/commit-status`));
    expect(progress).toMatchObject({ committing: true, sinceKnown: false, canChange: false });
    const thing = sim().state.things.find((t) => t.ecosystemUuid === busy.ecosystem.uuid)!;
    const [puts, deletes] = [await simCount(ROUTES.putThing), await simCount(ROUTES.deleteThing)];
    await expectConflict(run(fresh, "PUT", `${busy.path}/things/${thing.uuid}`, { input: { name: "x" } }), /commit is in progress/);
    await expectConflict(run(fresh, "DELETE", `${busy.path}/things/${thing.uuid}`), /commit is in progress/);
    expect([await simCount(ROUTES.putThing), await simCount(ROUTES.deleteThing)]).toEqual([puts, deletes]);
  });

  it("lists what the next commit applies, Thing by Thing, until a commit takes it along", async () => {
    const conn = admin();
    const { ecosystem, path } = ecosystemNamed("Warehouse Floor");
    const [group] = sim().state.groups.filter((g) => g.ecosystemUuid === ecosystem.uuid);
    const [kept, gone] = structuredClone(sim().state.things.filter((t) => t.ecosystemUuid === ecosystem.uuid));
    const progress = async () => ZAcretoCommitProgress.parse(await run(conn, "GET", `${path}/commit-status`));
    expect((await progress()).pending).toEqual([]);

    const create = async (name: string) => ZAcretoThingRow.parse(await run(conn, "POST", `${path}/things`, { input: { name, profileGroup: group!.uuid }, role: "operator" }));
    const added = await create("Forklift 7");
    const undone = await create("Scanner (mistake)");
    await run(conn, "PUT", `${path}/things/${added.uuid}`, { input: { assetValue: 3 } });
    await run(conn, "DELETE", `${path}/things/${undone.uuid}`);
    await run(conn, "PUT", `${path}/things/${kept!.uuid}`, { input: { name: `${kept!.name} (moved)` } });
    await run(conn, "DELETE", `${path}/things/${gone!.uuid}`);

    const waiting = await progress();
    expect(waiting.status).toBe("pending_changes");
    // Added then changed is "added"; added then removed is nothing; each by whom.
    expect(waiting.pending.map(({ name, change, by }) => [name, change, by])).toEqual([
      ["Forklift 7", "added", "admin@patchbay.test"],
      [`${kept!.name} (moved)`, "changed", "admin@patchbay.test"],
      [gone!.name, "removed", "admin@patchbay.test"],
    ]);

    await run(conn, "POST", `${path}/commits`, { role: "operator" });
    expect(await progress()).toMatchObject({ committing: true, pending: [] });
    sim().clock.advance(COMMIT_MS);
    let after = await progress();
    for (const deadline = Date.now() + 5_000; after.committing && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await progress();
    }
    expect(after).toMatchObject({ status: "ok", committing: false, pending: [] });
  });

  it("a viewer may read but not change", async () => {
    const { path } = ecosystemNamed("Warehouse Floor");
    const error = await failure(run(admin(), "POST", `${path}/commits`, { role: "viewer" }));
    expect(error).toMatchObject({ status: 403 });
  });
});
