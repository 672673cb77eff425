import "server-only";
import { isRowId } from "./db/row-id";
import { createHash } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { TConnectionInput, TConnectionPatch, TConnectionView } from "@/lib/vendors/connection";
import { VENDOR_INFO, credentialSetOf, secretKeysOf, type TVendor } from "@/lib/vendors/registry";
import { decryptSecret, encryptSecret } from "./crypto";
import { getDb } from "./db/client";
import { instanceCache } from "./db/instance-cache";
import { connections } from "./db/schema";
import { forgetDrift, latestDrift } from "./drift";
import { forgetConnectionState } from "./upstream/forget-connection-state";
import { envConnections } from "./env-connections";
import { HttpError, badRequest, conflict, notFound } from "./http/errors";
import type { TUpstreamConnection } from "./upstream/types";

type TRow = typeof connections.$inferSelect;
const ENV_PREFIX = "env:";

const secretContext = (id: string, key: string) => `connection:${id}:${key}`;
// Every vendor call needs its connection: each instance keeps it (decrypted) a few seconds, and an edit reaches all at once.
const upstreamCopies = instanceCache<TUpstreamConnection>("connections", 5_000);

function rowToView(row: TRow): TConnectionView {
  return {
    id: row.id,
    vendor: row.vendor,
    name: row.name,
    baseUrl: row.baseUrl,
    source: "database",
    settings: row.settings,
    secrets: Object.fromEntries(secretKeysOf(row.vendor).map((key) => [key, { set: Boolean(row.secrets[key]) }])),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function envToUpstream(): TUpstreamConnection[] {
  return envConnections().map(({ vendor, baseUrl, values }) => ({
    id: `${ENV_PREFIX}${vendor}`,
    // Changing the environment changes the version, so cached tokens are not reused.
    // 31 bits: the version is stored in integer columns (shared vendor tokens).
    version: createHash("sha256").update(JSON.stringify([baseUrl, values])).digest().readUInt32BE(0) >>> 1,
    vendor,
    name: `${VENDOR_INFO[vendor].label} (environment)`,
    baseUrl,
    values,
  }));
}

function envToView(connection: TUpstreamConnection): TConnectionView {
  const secretKeys = secretKeysOf(connection.vendor);
  return {
    id: connection.id,
    vendor: connection.vendor,
    name: connection.name,
    baseUrl: connection.baseUrl,
    source: "environment",
    settings: Object.fromEntries(Object.entries(connection.values).filter(([key]) => !secretKeys.includes(key))),
    secrets: Object.fromEntries(secretKeys.map((key) => [key, { set: Boolean(connection.values[key]) }])),
    version: connection.version,
    updatedAt: null,
  };
}

export async function listConnections(): Promise<TConnectionView[]> {
  const db = await getDb();
  const [rows, drift] = await Promise.all([db.select().from(connections).orderBy(asc(connections.vendor), asc(connections.name)), latestDrift()]);
  return [...envToUpstream().map(envToView), ...rows.map(withSecretsSealed).map(rowToView)].map((view) => ({ ...view, drift: drift.get(view.id) ?? null }));
}

export async function getConnection(id: string): Promise<TConnectionView> {
  if (id.startsWith(ENV_PREFIX)) {
    const found = envToUpstream().find((c) => c.id === id);
    if (!found) throw notFound("Connection");
    return envToView(found);
  }
  return rowToView(await loadRow(id));
}

async function loadRow(id: string): Promise<TRow> {
  if (!isRowId(id)) throw notFound("Connection");
  const db = await getDb();
  const [row] = await db.select().from(connections).where(eq(connections.id, id));
  if (!row) throw notFound("Connection");
  return withSecretsSealed(row);
}

/**
 * A field that became secret (Megaport's access key) may still sit in an older row's settings:
 * it is treated as a secret (sealed here, stored so at the row's next edit), never shown.
 */
function withSecretsSealed(row: TRow): TRow {
  const loose = secretKeysOf(row.vendor).filter((key) => row.settings[key] !== undefined);
  if (loose.length === 0) return row;
  const settings = { ...row.settings };
  const secrets = { ...row.secrets };
  for (const key of loose) {
    secrets[key] ??= encryptSecret(settings[key]!, secretContext(row.id, key));
    delete settings[key];
  }
  return { ...row, settings, secrets };
}

/** Splits submitted values into settings and secrets, checking them against the vendor's fields. */
function checkValues(vendor: TVendor, values: Record<string, string>, keptSecrets: string[]) {
  const fields = VENDOR_INFO[vendor].fields;
  const fieldErrors: Record<string, string[]> = {};
  const settings: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [key, raw] of Object.entries(values)) {
    const value = raw.trim();
    const field = fields.find((f) => f.key === key);
    if (!field) fieldErrors[key] = [`${VENDOR_INFO[vendor].label} has no field "${key}"`];
    else if (value === "") continue;
    else if (field.kind === "number" && !/^\d{1,9}$/.test(value)) fieldErrors[key] = ["Enter a whole number"];
    else if (field.kind === "url" && !/^https?:\/\/\S+$/i.test(value)) fieldErrors[key] = ["Enter an http(s) URL"];
    else if (/[\r\n]/.test(value)) fieldErrors[key] = ["Line breaks are not allowed"];
    else (field.secret ? secrets : settings)[key] = value;
  }
  if (Object.keys(fieldErrors).length) throw badRequest("Some fields are not valid", fieldErrors);
  const present = Object.fromEntries([...Object.keys(settings), ...Object.keys(secrets), ...keptSecrets].map((k) => [k, "set"]));
  if (!credentialSetOf(vendor, present)) {
    const sets = VENDOR_INFO[vendor].credentialSets.map((set) => set.map((k) => fields.find((f) => f.key === k)?.label ?? k).join(" + "));
    throw badRequest(`Provide ${sets.join(", or ")}`);
  }
  return { settings, secrets };
}

function resolveBaseUrl(vendor: TVendor, baseUrl: string | undefined): string {
  const url = baseUrl || VENDOR_INFO[vendor].defaultBaseUrl;
  if (!url) throw badRequest(`${VENDOR_INFO[vendor].baseUrlLabel} is required`, { baseUrl: ["Required"] });
  return url.replace(/\/+$/, "");
}

export async function createConnection(input: TConnectionInput): Promise<TConnectionView> {
  const { settings, secrets } = checkValues(input.vendor, input.values, []);
  const db = await getDb();
  const id = crypto.randomUUID();
  const sealed = Object.fromEntries(Object.entries(secrets).map(([k, v]) => [k, encryptSecret(v, secretContext(id, k))]));
  const [row] = await db
    .insert(connections)
    .values({ id, vendor: input.vendor, name: input.name, baseUrl: resolveBaseUrl(input.vendor, input.baseUrl), settings, secrets: sealed })
    .returning();
  return rowToView(row!);
}

/** Scheme, host and port: where a connection's secrets are sent. */
const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/**
 * A base URL moved to another origin must not take the stored secrets along unasked: the next
 * call would send them to the new host. They go unless entered again or the admin confirms.
 */
function secretsForNewHost(row: TRow, baseUrl: string, patch: TConnectionPatch): void {
  if (originOf(baseUrl) === originOf(row.baseUrl) || patch.keepSecretsForNewHost) return;
  const resubmitted = new Set(Object.entries(patch.values ?? {}).filter(([, value]) => value.trim() !== "").map(([key]) => key));
  const carried = Object.keys(row.secrets).filter((key) => !resubmitted.has(key) && !patch.clearSecrets?.includes(key));
  if (carried.length === 0) return;
  const labels = carried.map((key) => VENDOR_INFO[row.vendor].fields.find((field) => field.key === key)?.label ?? key);
  throw new HttpError(409, "secrets_for_new_host", `The base URL now points at another host (${originOf(baseUrl)}). The stored ${labels.join(", ")} will not be sent there unless you enter ${carried.length > 1 ? "them" : "it"} again or confirm that ${carried.length > 1 ? "they belong" : "it belongs"} to the new host.`, { secrets: carried });
}

export async function updateConnection(id: string, patch: TConnectionPatch): Promise<TConnectionView> {
  if (id.startsWith(ENV_PREFIX)) throw conflict("This connection comes from the environment and is read-only here");
  const row = await loadRow(id);
  const baseUrl = patch.baseUrl === undefined ? row.baseUrl : resolveBaseUrl(row.vendor, patch.baseUrl);
  secretsForNewHost(row, baseUrl, patch);
  const kept = Object.keys(row.secrets).filter((key) => !patch.clearSecrets?.includes(key));
  const { settings, secrets } = checkValues(row.vendor, patch.values ?? {}, kept);
  const mergedSecrets = Object.fromEntries(kept.map((key) => [key, row.secrets[key]!]));
  for (const [key, value] of Object.entries(secrets)) mergedSecrets[key] = encryptSecret(value, secretContext(id, key));
  const db = await getDb();
  const [updated] = await db
    .update(connections)
    .set({
      name: patch.name ?? row.name,
      baseUrl,
      // Non-secret fields are sent whole by the form; an omitted one is cleared.
      settings: patch.values ? settings : row.settings,
      secrets: mergedSecrets,
      version: sql`${connections.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(connections.id, id))
    .returning();
  await upstreamCopies.changed();
  return rowToView(updated!);
}

export async function deleteConnection(id: string): Promise<TConnectionView> {
  if (id.startsWith(ENV_PREFIX)) throw conflict("This connection comes from the environment and is read-only here");
  if (!isRowId(id)) throw notFound("Connection");
  const db = await getDb();
  const [row] = await db.delete(connections).where(eq(connections.id, id)).returning();
  if (!row) throw notFound("Connection");
  await upstreamCopies.changed();
  await forgetDrift(id);
  await forgetConnectionState(id);
  return rowToView(row);
}

/** The connection with its secrets decrypted, for the upstream core only. */
export async function upstreamConnection(id: string): Promise<TUpstreamConnection> {
  if (id.startsWith(ENV_PREFIX)) {
    const found = envToUpstream().find((c) => c.id === id);
    if (!found) throw notFound("Connection");
    return found;
  }
  return upstreamCopies.read(id, async () => rowToUpstream(await loadRow(id)));
}

export async function upstreamConnections(vendor?: TVendor): Promise<TUpstreamConnection[]> {
  const db = await getDb();
  const rows = await db.select().from(connections).where(vendor ? eq(connections.vendor, vendor) : undefined);
  return [...envToUpstream(), ...rows.map(withSecretsSealed).map(rowToUpstream)].filter((c) => !vendor || c.vendor === vendor);
}

function rowToUpstream(row: TRow): TUpstreamConnection {
  const secrets = Object.fromEntries(Object.entries(row.secrets).map(([k, v]) => [k, decryptSecret(v, secretContext(row.id, k))]));
  return { id: row.id, version: row.version, vendor: row.vendor, name: row.name, baseUrl: row.baseUrl, values: { ...row.settings, ...secrets } };
}
