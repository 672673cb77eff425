import "server-only";

/** A credential a login handed out; `profile` is the rest of the login reply (customers, company…). */
export type TToken = { value: string; expiresAt: number; profile?: unknown };

const tokens = new Map<string, TToken & { renewAt: number }>();
const logins = new Map<string, Promise<TToken>>();

/** Tokens live per connection id and version, so an edited connection never reuses the old login. */
export function tokenKey(conn: { id: string; version: number }, scope: string): string {
  return `${conn.id}\u0000${conn.version}\u0000${scope}`;
}

/**
 * The cached token until `refreshBeforeMs` before it expires (a tenth of its life for a short-lived
 * one), else one shared login (single flight).
 */
export function getToken(key: string, now: number, refreshBeforeMs: number, login: () => Promise<TToken>): Promise<TToken> {
  const cached = tokens.get(key);
  if (cached && cached.renewAt > now) return Promise.resolve(cached);
  const pending = logins.get(key);
  if (pending) return pending;
  const started = login()
    .then((token) => {
      dropOtherVersions(key);
      // A token that lives less than the lead would otherwise be renewed on every call.
      const lead = Math.min(refreshBeforeMs, (token.expiresAt - now) / 10);
      tokens.set(key, { ...token, renewAt: token.expiresAt - lead });
      return token;
    })
    .finally(() => logins.delete(key));
  logins.set(key, started);
  return started;
}

/** Forgets `value` if it is still the cached token; a token someone already renewed stays. */
export function dropToken(key: string, value: string | undefined): void {
  if (value !== undefined && tokens.get(key)?.value === value) tokens.delete(key);
}

function dropOtherVersions(key: string): void {
  const [id, version] = key.split("\u0000");
  for (const other of tokens.keys()) {
    const [otherId, otherVersion] = other.split("\u0000");
    if (otherId === id && otherVersion !== version) tokens.delete(other);
  }
}
