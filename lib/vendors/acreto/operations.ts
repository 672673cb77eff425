import "server-only";
import { ExpiringMap } from "@/lib/server/expiring-map";
import { conflict } from "@/lib/server/http/errors";
import { JobTracker } from "@/lib/server/job-tracker";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import { isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { acretoCustomers } from "./auth";
import {
  activateOtp, commitChanges, createDeviceToken, createThing, deleteThing, enrollOtp, getEcosystem, getThing,
  listEcosystems, listGroups, listThings, listUsers, replaceThing, vpnProfile, type TEcosystemRef,
} from "./client";
import {
  ZAcretoDeviceTokenRequest, ZAcretoOtpCode, ZAcretoOtpEnrollmentRequest, ZAcretoThingChanges, ZAcretoThingInput, ZAcretoVpnProfileRequest,
  acretoChangeGate, toAcretoEcosystemRow, toAcretoThingRow, toAcretoUserRow,
  type TAcretoCommitProgress, type TAcretoCommitStarted, type TAcretoCustomerView, type TAcretoEcosystemDetail,
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

// ---- Commit progress, shared by every viewer of an ecosystem ----
// The status comes from getEcosystem (coalesced, cached ~2 s), so N viewers polling cost one upstream
// read per 2 s. When a commit started is kept in this process's memory (JobTracker): after a restart,
// or on another instance, `since` is when the commit was first seen running (sinceKnown: false).

const commits = new JobTracker({ settleMs: 5_000, ttlMs: 6 * 3_600_000, maxEntries: 5_000 });
/** Commits being posted right now: a second click (or operator) gets a 409, not a second commit. */
const commitsStarting = new Set<string>();
const commitKey = (conn: TUpstreamConnection, ref: TEcosystemRef) => `${conn.id}\u0000${ref.customer}\u0000${ref.ecosystem}`;

async function commitProgress(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string) {
  const ecosystem = await getEcosystem(conn, ref, otp);
  const job = commits.observe(commitKey(conn, ref), ecosystem.status === "commit_in_progress", ecosystem.status);
  // A commit this server has just posted counts as running even if the read predates it.
  const status = job.running ? "commit_in_progress" : ecosystem.status;
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
    checkedAt: iso(job.at),
  };
  return { ecosystem, progress };
}

/** Acreto wants no change unless the ecosystem is ok or pending_changes: refuse with the reason (409). */
async function assertChangeAllowed(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string): Promise<void> {
  const { progress } = await commitProgress(conn, ref, otp);
  if (!progress.canChange) throw conflict(progress.reason ?? "The ecosystem accepts no change right now.");
}

// ---- TOTP enrolments waiting for their first code ----
// Acreto makes a new secret on every POST, so a reload or a wrong code must not POST again: the
// pending enrolment is kept here (memory, per process, 10 minutes) and returned until activated.

type TPendingEnrollment = { enrollment: TAcretoOtpEnrollment; generatedAt: number };
const enrollments = new ExpiringMap<string, Promise<TPendingEnrollment>>({ ttlMs: 10 * 60_000, maxEntries: 1_000 });
const enrollmentKey = (conn: TUpstreamConnection, username: string) => `${conn.id}\u0000${conn.version}\u0000${username}`;

async function pendingEnrollment(conn: TUpstreamConnection, username: string, regenerate: boolean, otp?: string): Promise<TAcretoOtpEnrollmentView> {
  const key = enrollmentKey(conn, username);
  const pending = regenerate ? undefined : enrollments.get(key);
  const reused = pending !== undefined;
  const loading = pending ?? enrollOtp(conn, username, otp).then((enrollment) => ({ enrollment, generatedAt: Date.now() }));
  if (!reused) {
    enrollments.set(key, loading);
    loading.catch(() => {
      if (enrollments.get(key) === loading) enrollments.delete(key); // a failed POST is not kept
    });
  }
  const { enrollment, generatedAt } = await loading;
  return { username, barcode: enrollment.barcode, secret: enrollment.secret, url: enrollment.url, generatedAt: iso(generatedAt), reused };
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
      if (commitsStarting.has(key)) throw conflict("A commit of this ecosystem is being started already.");
      commitsStarting.add(key);
      try {
        await assertChangeAllowed(connection, ref, otp);
        const startedAt = Date.now();
        await commitChanges(connection, ref, otp);
        commits.started(key, startedAt);
        return { startedAt: iso(startedAt) };
      } finally {
        commitsStarting.delete(key);
      }
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
    handler: async ({ connection, params, input, otp }) => {
      const ref = ecosystemOf(params);
      await assertChangeAllowed(connection, ref, otp);
      const groups = await listGroups(connection, ref, otp); // read before the write, which clears the cached reads
      return toAcretoThingRow(await createThing(connection, ref, input, otp), groups);
    },
  }),
  defineOperation({
    name: "updateThing",
    method: "PUT",
    path: `${ECOSYSTEM}/things/:thing`,
    role: "operator",
    input: ZAcretoThingChanges,
    auditTarget: ({ params }) => `ecosystem:${params.ecosystem}/thing:${params.thing}`,
    handler: async ({ connection, params, input, otp }) => {
      const ref = ecosystemOf(params);
      await assertChangeAllowed(connection, ref, otp);
      // PUT zeroes every field it does not carry: start from a fresh read, keep what the form did not send.
      const [{ expiry: currentExpiry, ...current }, groups] = await Promise.all([getThing(connection, ref, param(params, "thing"), otp), listGroups(connection, ref, otp)]);
      const expiry = input.expiry ?? currentExpiry;
      const whole = { ...current, ...input, ...(expiry ? { expiry } : {}) };
      return toAcretoThingRow(await replaceThing(connection, ref, whole, otp), groups);
    },
  }),
  defineOperation({
    name: "deleteThing",
    method: "DELETE",
    path: `${ECOSYSTEM}/things/:thing`,
    role: "operator",
    auditTarget: ({ params }) => `ecosystem:${params.ecosystem}/thing:${params.thing}`,
    handler: async ({ connection, params, otp }) => {
      const ref = ecosystemOf(params);
      await assertChangeAllowed(connection, ref, otp);
      await deleteThing(connection, ref, param(params, "thing"), otp);
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
      enrollments.delete(enrollmentKey(connection, username));
    },
  }),
];

/** Acreto's BFF surface: /api/v/acreto/<connection>/<path>. */
export const acretoOperations: readonly TOperation[] = [...ecosystemOperations, ...commitOperations, ...thingOperations, ...vpnOperations, ...mfaOperations];
