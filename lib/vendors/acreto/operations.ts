import "server-only";
import { pendingThingChanges, recordThingChange, settleThingChanges } from "@/lib/server/ecosystem-changes";
import { conflict } from "@/lib/server/http/errors";
import { JobTracker, jobKey, type TJobState } from "@/lib/server/job-tracker";
import { forgetEnrolment, pendingEnrolment as sharedEnrolment } from "@/lib/server/pending-enrolments";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import { log } from "@/lib/server/log";
import { isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { acretoCustomers } from "./auth";
import {
  activateOtp, commitChanges, createDeviceToken, createThing, deleteThing, enrollOtp, getEcosystem, getThing,
  listEcosystems, listGroups, listThings, listUsers, replaceThing, vpnProfile, type TEcosystemRef,
} from "./client";
import {
  ZAcretoDeviceTokenRequest, ZAcretoOtpCode, ZAcretoOtpEnrollmentRequest, ZAcretoThingChanges, ZAcretoThingInput, ZAcretoVpnProfileRequest,
  acretoChangeGate, toAcretoEcosystemRow, toAcretoThingRow, toAcretoUserRow,
  type TAcretoCommitProgress, type TAcretoCommitStarted, type TAcretoCustomerView, type TAcretoEcosystemDetail, type TAcretoPendingChange,
  type TAcretoOtpEnrollment, type TAcretoOtpEnrollmentView,
} from "./schemas";

const ECOSYSTEM = "customers/:customer/ecosystems/:ecosystem";
const iso = (ms: number) => new Date(ms).toISOString();

function param(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`The operation path has no :${name}`);
  return value;
}
const ecosystemOf = (params: Record<string, string>): TEcosystemRef => ({ customer: param(params, "customer"), ecosystem: param(params, "ecosystem") });

// ---- Commit progress, shared by every viewer of an ecosystem on every instance ----
// The status comes from getEcosystem (coalesced, cached ~2 s), so N viewers polling cost one upstream
// read per 2 s. When a commit started, and who is sending one, is kept in the database (JobTracker):
// a commit sent on one instance shows as running on every other, and a second one is refused anywhere.
// A commit started outside Patchbay is timed from when it was first seen running (sinceKnown: false).

const commits = new JobTracker({ settleMs: 5_000, ttlMs: 6 * 3_600_000 });
const commitKey = (conn: TUpstreamConnection, ref: TEcosystemRef) => jobKey("acreto.commit", conn.id, ref.customer, ref.ecosystem);

/** Tells the commit tracker what a status read showed; whether a commit runs and since when, as every instance has seen it. */
export function observeCommit(conn: TUpstreamConnection, ref: TEcosystemRef, status: string): Promise<TJobState> {
  return commits.observe(commitKey(conn, ref), status === "commit_in_progress", status);
}

async function commitProgress(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string) {
  const ecosystem = await getEcosystem(conn, ref, otp);
  const job = await observeCommit(conn, ref, ecosystem.status);
  // A commit this server has just posted counts as running even if the read predates it.
  const status = job.running ? "commit_in_progress" : ecosystem.status;
  const pending = job.running ? [] : await pendingChanges(conn, ref, status, job.at);
  const progress: TAcretoCommitProgress = {
    status,
    ...acretoChangeGate(status),
    committing: job.running !== null,
    since: job.running ? iso(job.running.startedAt) : null,
    sinceKnown: job.running?.sinceKnown ?? false,
    elapsedMs: job.running?.elapsedMs ?? null,
    lastCommit: job.last && {
      startedAt: iso(job.last.startedAt),
      finishedAt: iso(job.last.finishedAt),
      durationMs: job.last.finishedAt - job.last.startedAt,
      outcome: job.last.outcome,
    },
    pending,
    checkedAt: iso(job.at),
  };
  return { ecosystem, progress };
}

/** A status read may be this old (getEcosystem's short cache, and a little more): a change newer than that may not show in it yet. */
const STATUS_READ_AGE_MS = 10_000;

/**
 * What the next commit applies. Acreto is the truth: an ecosystem it reports ok has nothing pending
 * (committed outside Patchbay, say), so what Patchbay noted before that read is settled.
 */
async function pendingChanges(conn: TUpstreamConnection, ref: TEcosystemRef, status: string, readAt: number): Promise<TAcretoPendingChange[]> {
  const ecosystem = { connectionId: conn.id, ecosystem: ref.ecosystem };
  if (status === "ok") await settleThingChanges(ecosystem, new Date(readAt - STATUS_READ_AGE_MS));
  return pendingThingChanges(ecosystem);
}

/** Notes a Thing change for the next commit's list; the change itself is done, so a failure here only loses the note. */
async function noteThingChange(conn: TUpstreamConnection, ref: TEcosystemRef, change: { thing: string; thingName: string; change: TAcretoPendingChange["change"]; by: string }): Promise<void> {
  try {
    await recordThingChange({ connectionId: conn.id, ecosystem: ref.ecosystem, ...change });
  } catch (error) {
    log.error({ err: error, connection: conn.id }, "an Acreto Thing change could not be noted for the next commit");
  }
}

/** The ecosystem's status as Acreto has it now (a change has just dropped the cached reads). */
async function ecosystemStatus(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string): Promise<string> {
  return (await getEcosystem(conn, ref, otp)).status;
}

/** How many Things of the ecosystem have this name (Acreto does not make names unique). */
async function thingsNamed(conn: TUpstreamConnection, ref: TEcosystemRef, name: string, otp?: string): Promise<number> {
  return (await listThings(conn, ref, otp)).filter((thing) => thing.name === name).length;
}

/** Acreto wants no change unless the ecosystem is ok or pending_changes: refuse with the reason (409). */
async function assertChangeAllowed(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string): Promise<void> {
  const { progress } = await commitProgress(conn, ref, otp);
  if (!progress.canChange) throw conflict(progress.reason ?? "The ecosystem accepts no change right now.");
}

// ---- TOTP enrolments waiting for their first code ----
// Acreto makes a new secret on every POST, so a reload, a wrong code or another instance must not
// POST again: the pending enrolment is kept (encrypted, in the database, 10 minutes) until activated.

const ENROLMENT_TTL_MS = 10 * 60_000;
const enrollmentKey = (conn: TUpstreamConnection, username: string) => jobKey("acreto.otp", conn.id, String(conn.version), username);

async function pendingEnrollment(conn: TUpstreamConnection, username: string, regenerate: boolean, otp?: string): Promise<TAcretoOtpEnrollmentView> {
  const { enrolment, generatedAt, reused } = await sharedEnrolment<TAcretoOtpEnrollment>(enrollmentKey(conn, username), {
    ttlMs: ENROLMENT_TTL_MS,
    regenerate,
    generate: () => enrollOtp(conn, username, otp),
  });
  return { username, barcode: enrolment.barcode, secret: enrolment.secret, url: enrolment.url, generatedAt: iso(generatedAt), reused };
}

// ---- Customers and ecosystems ----

const ecosystemOperations: TOperation[] = [
  defineOperation({
    name: "listCustomers",
    method: "GET",
    path: "customers",
    role: "viewer",
    handler: async ({ connection, otp }): Promise<{ customers: TAcretoCustomerView[] }> => {
      // The login (with the admin's code, if Acreto asked) comes first; its token then serves every list.
      const customers = await acretoCustomers(connection, otp);
      const views = customers.map(async ({ uuid, name }): Promise<TAcretoCustomerView> => {
        try {
          return { uuid, name, ecosystems: (await listEcosystems(connection, uuid, otp)).map(toAcretoEcosystemRow), problem: null };
        } catch (error) {
          if (!isVendorError(error) || error.code === "mfa_required") throw error;
          return { uuid, name, ecosystems: [], problem: error.message };
        }
      });
      return { customers: await Promise.all(views) };
    },
  }),
  defineOperation({
    name: "getEcosystem",
    method: "GET",
    path: ECOSYSTEM,
    role: "viewer",
    handler: async ({ connection, params, otp }): Promise<TAcretoEcosystemDetail> => {
      const { ecosystem, progress } = await commitProgress(connection, ecosystemOf(params), otp);
      return { ...toAcretoEcosystemRow(ecosystem), status: progress.status, canChange: progress.canChange, reason: progress.reason, committing: progress.committing };
    },
  }),
  defineOperation({
    name: "listGroups",
    method: "GET",
    path: `${ECOSYSTEM}/groups`,
    role: "viewer",
    handler: async ({ connection, params, otp }) => ({ groups: (await listGroups(connection, ecosystemOf(params), otp)).map(({ uuid, name }) => ({ uuid, name })) }),
  }),
  defineOperation({
    name: "listUsers",
    method: "GET",
    path: `${ECOSYSTEM}/users`,
    role: "viewer",
    handler: async ({ connection, params, otp }) => ({ users: (await listUsers(connection, ecosystemOf(params), otp)).map(toAcretoUserRow) }),
  }),
];

// ---- Commits ----

const commitOperations: TOperation[] = [
  defineOperation({
    name: "commitChanges",
    method: "POST",
    path: `${ECOSYSTEM}/commits`,
    role: "operator",
    auditTarget: ({ params }) => `ecosystem:${params.ecosystem}`,
    handler: async ({ connection, params, otp }): Promise<TAcretoCommitStarted> => {
      const ref = ecosystemOf(params);
      const key = commitKey(connection, ref);
      if (!(await commits.claimSend(key))) throw conflict("A commit of this ecosystem is being started already.");
      let sent = false;
      const startedAt = Date.now();
      try {
        await assertChangeAllowed(connection, ref, otp);
        await commitChanges(connection, ref, otp);
        sent = true;
        await commits.started(key, startedAt);
        await settleThingChanges({ connectionId: connection.id, ecosystem: ref.ecosystem }, new Date(startedAt));
        return { startedAt: iso(startedAt) };
      } catch (error) {
        // The answer was lost: if Acreto is committing, it is this commit, and every viewer sees it run.
        if (isVendorError(error) && error.mayHaveActed && (await ecosystemStatus(connection, ref, otp)) === "commit_in_progress") {
          sent = true;
          await commits.started(key, startedAt);
          await settleThingChanges({ connectionId: connection.id, ecosystem: ref.ecosystem }, new Date(startedAt));
        }
        throw error;
      } finally {
        if (!sent) await commits.releaseSend(key);
      }
    },
    lostReply: {
      what: ({ params }) => `the commit of ecosystem ${params.ecosystem}`,
      subject: ({ params }) => params.ecosystem,
      check: async ({ connection, params, otp }) => {
        const status = await ecosystemStatus(connection, ecosystemOf(params), otp);
        if (status === "commit_in_progress") return { state: "done", found: "the ecosystem committing (commit_in_progress)" };
        if (status === "pending_changes") return { state: "not_done", found: "the ecosystem still has changes waiting to be committed (pending_changes)" };
        return { state: "unknown", found: `the ecosystem's status is ${status}, as after a commit that has already ended or none at all` };
      },
    },
  }),
  defineOperation({
    name: "getCommitStatus",
    method: "GET",
    path: `${ECOSYSTEM}/commit-status`,
    role: "viewer",
    handler: async ({ connection, params, otp }): Promise<TAcretoCommitProgress> => (await commitProgress(connection, ecosystemOf(params), otp)).progress,
  }),
];

// ---- Things ----

const thingOperations: TOperation[] = [
  defineOperation({
    name: "listThings",
    method: "GET",
    path: `${ECOSYSTEM}/things`,
    role: "viewer",
    handler: async ({ connection, params, otp }) => {
      const ref = ecosystemOf(params);
      const [things, groups] = await Promise.all([listThings(connection, ref, otp), listGroups(connection, ref, otp)]);
      return { things: things.map((thing) => toAcretoThingRow(thing, groups)) };
    },
  }),
  defineOperation({
    name: "getThing",
    method: "GET",
    path: `${ECOSYSTEM}/things/:thing`,
    role: "viewer",
    handler: async ({ connection, params, otp }) => {
      const ref = ecosystemOf(params);
      const [thing, groups] = await Promise.all([getThing(connection, ref, param(params, "thing"), otp), listGroups(connection, ref, otp)]);
      return toAcretoThingRow(thing, groups);
    },
  }),
  defineOperation({
    name: "createThing",
    method: "POST",
    path: `${ECOSYSTEM}/things`,
    role: "operator",
    input: ZAcretoThingInput,
    auditTarget: ({ params, input }) => `ecosystem:${params.ecosystem}/thing:${input.name}`,
    handler: async ({ connection, params, input, otp, user }) => {
      const ref = ecosystemOf(params);
      await assertChangeAllowed(connection, ref, otp);
      const groups = await listGroups(connection, ref, otp); // read before the write, which clears the cached reads
      const thing = toAcretoThingRow(await createThing(connection, ref, input, otp), groups);
      await noteThingChange(connection, ref, { thing: thing.uuid, thingName: thing.name, change: "added", by: user.email });
      return thing;
    },
    lostReply: {
      what: ({ input }) => `the creation of Thing "${input.name}"`,
      subject: ({ params, input }) => [params.ecosystem, input.name],
      before: ({ connection, params, input, otp }) => thingsNamed(connection, ecosystemOf(params), input.name, otp),
      check: async ({ connection, params, input, otp }, before) => {
        const now = await thingsNamed(connection, ecosystemOf(params), input.name, otp);
        if (typeof before !== "number") return { state: "unknown", found: `${now} Thing${now === 1 ? "" : "s"} named "${input.name}", and how many there were before was not read` };
        return now > before
          ? { state: "done", found: `a new Thing named "${input.name}" in the ecosystem` }
          : { state: "not_done", found: `no new Thing named "${input.name}" in the ecosystem` };
      },
    },
  }),
  defineOperation({
    name: "updateThing",
    method: "PUT",
    path: `${ECOSYSTEM}/things/:thing`,
    role: "operator",
    input: ZAcretoThingChanges,
    auditTarget: ({ params }) => `ecosystem:${params.ecosystem}/thing:${params.thing}`,
    handler: async ({ connection, params, input, otp, user }) => {
      const ref = ecosystemOf(params);
      await assertChangeAllowed(connection, ref, otp);
      // PUT zeroes every field it does not carry: start from a fresh read, keep what the form did not send.
      const [{ expiry: currentExpiry, ...current }, groups] = await Promise.all([getThing(connection, ref, param(params, "thing"), otp), listGroups(connection, ref, otp)]);
      const expiry = input.expiry ?? currentExpiry;
      const whole = { ...current, ...input, ...(expiry ? { expiry } : {}) };
      const thing = toAcretoThingRow(await replaceThing(connection, ref, whole, otp), groups);
      await noteThingChange(connection, ref, { thing: thing.uuid, thingName: thing.name, change: "changed", by: user.email });
      return thing;
    },
    lostReply: { harmless: "a PUT carries the whole Thing: sent twice, it leaves the same Thing" },
  }),
  defineOperation({
    name: "deleteThing",
    method: "DELETE",
    path: `${ECOSYSTEM}/things/:thing`,
    role: "operator",
    auditTarget: ({ params }) => `ecosystem:${params.ecosystem}/thing:${params.thing}`,
    handler: async ({ connection, params, otp, user }) => {
      const ref = ecosystemOf(params);
      const uuid = param(params, "thing");
      await assertChangeAllowed(connection, ref, otp);
      // Its name, for the next commit's list: from the list the page showed (cached), not one more call.
      const name = (await listThings(connection, ref, otp)).find((thing) => thing.uuid === uuid)?.name ?? uuid;
      await deleteThing(connection, ref, uuid, otp);
      await noteThingChange(connection, ref, { thing: uuid, thingName: name, change: "removed", by: user.email });
    },
    lostReply: {
      what: ({ params }) => `deleting Thing ${params.thing}`,
      check: async ({ connection, params, otp }) => {
        try {
          const thing = await getThing(connection, ecosystemOf(params), param(params, "thing"), otp);
          return { state: "not_done", found: `Thing "${thing.name}" still there` };
        } catch (error) {
          if (isVendorError(error) && error.status === 404) return { state: "done", found: `no Thing ${params.thing} any more` };
          throw error;
        }
      },
    },
  }),
];

// ---- VPN connection profiles ----

const vpnOperations: TOperation[] = [
  ...(["user", "thing"] as const).map((kind) =>
    defineOperation({
      name: kind === "user" ? "createUserToken" : "createThingToken",
      method: "POST",
      path: `${ECOSYSTEM}/${kind}s/:${kind}/token`,
      role: "operator",
      input: ZAcretoDeviceTokenRequest,
      auditTarget: ({ params }) => `ecosystem:${params.ecosystem}/${kind}:${params[kind]}`,
      handler: async ({ connection, params, input, otp }) => {
        const { token } = await createDeviceToken(connection, ecosystemOf(params), { kind, id: param(params, kind) }, input.ttl, otp);
        return { token };
      },
      lostReply: { harmless: "a device token only opens one VPN profile download and expires by itself: a second one changes nothing in the ecosystem" },
    }),
  ),
  defineOperation({
    name: "downloadVpnProfile",
    // POST, so the device token travels in the body, not in a URL that access logs keep.
    method: "POST",
    path: "vpn-profile",
    auditTarget: () => "vpn-profile",
    role: "operator",
    input: ZAcretoVpnProfileRequest,
    handler: ({ connection, input }) => vpnProfile(connection, input.token),
    lostReply: { harmless: "it reads a VPN profile and changes nothing" },
  }),
];

// ---- MFA enrolment of Acreto users ----

const mfaOperations: TOperation[] = [
  defineOperation({
    name: "enrollOtp",
    method: "POST",
    path: "users/:username/otp",
    role: "admin",
    input: ZAcretoOtpEnrollmentRequest,
    // The result (the secret) never reaches the audit trail: serveOperation records only the target.
    auditTarget: ({ params }) => param(params, "username"),
    handler: ({ connection, params, input, otp }) => pendingEnrollment(connection, param(params, "username"), input.regenerate ?? false, otp),
    lostReply: { harmless: "a secret whose answer was lost was never shown: the next one replaces it, and nothing was activated" },
  }),
  defineOperation({
    name: "activateOtp",
    method: "PATCH",
    path: "users/:username/otp",
    role: "admin",
    input: ZAcretoOtpCode,
    auditTarget: ({ params }) => param(params, "username"),
    handler: async ({ connection, params, input, otp }): Promise<void> => {
      const username = param(params, "username");
      await activateOtp(connection, username, input.code, otp);
      await forgetEnrolment(enrollmentKey(connection, username));
    },
    lostReply: { harmless: "MFA cannot be turned on twice: Acreto refuses the code again once the first one was taken, and the enrolment is kept until then" },
  }),
];

/** Acreto's BFF surface: /api/v/acreto/<connection>/<path>. */
export const acretoOperations: readonly TOperation[] = [...ecosystemOperations, ...commitOperations, ...thingOperations, ...vpnOperations, ...mfaOperations];
