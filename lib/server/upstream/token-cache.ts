import "server-only";
import { dropSharedToken, sharedToken, valueHash, type TStoredToken, type TToken } from "./shared-tokens";

export type { TToken } from "./shared-tokens";

// In front of the database: this process's copy of each token, and its logins in flight.
const tokens = new Map<string, TStoredToken>();
const logins = new Map<string, Promise<TToken>>();
/** Hashes of tokens a vendor refused, per key: a stale copy in the database is not taken up again. */
const refused = new Map<string, Set<string>>();

/** Tokens live per connection id and version, so an edited connection never reuses the old login. */
export function tokenKey(conn: { id: string; version: number }, scope: string): string {
  return `${conn.id}/${conn.version}/${scope}`;
}

/**
 * The token until `refreshBeforeMs` before it expires (a tenth of its life for a short-lived one):
 * this process's copy, else the one another instance stored, else one login shared by every
 * caller of every instance (single flight here, a lease in the database across instances).
 */
export function getToken(key: string, now: number, refreshBeforeMs: number, login: () => Promise<TToken>): Promise<TToken> {
  const cached = tokens.get(key);
  if (cached && cached.renewAt > now) return Promise.resolve(cached);
  const pending = logins.get(key);
  if (pending) return pending;
  const started = sharedToken(key, now, refreshBeforeMs, refused.get(key) ?? new Set(), login)
    .then((token) => {
      dropOtherVersions(key);
      tokens.set(key, token);
      return token;
    })
    .finally(() => logins.delete(key));
  logins.set(key, started);
  return started;
}

/** Forgets `value` if it is still the token, here and for every instance; a token someone already renewed stays. */
export function dropToken(key: string, value: string | undefined): void {
  if (value === undefined) return;
  const hash = valueHash(value);
  const seen = refused.get(key) ?? new Set<string>();
  if (seen.size > 20) seen.clear();
  refused.set(key, seen.add(hash));
  if (tokens.get(key)?.value === value) tokens.delete(key);
  void dropSharedToken(key, hash).catch(() => undefined);
}

/** Forgets this process's copies, as a freshly started instance has none (tests). */
export function forgetTokensInMemory(): void {
  tokens.clear();
  refused.clear();
}

function dropOtherVersions(key: string): void {
  const [id, version] = key.split("/");
  for (const other of tokens.keys()) {
    const [otherId, otherVersion] = other.split("/");
    if (otherId === id && otherVersion !== version) tokens.delete(other);
  }
}
