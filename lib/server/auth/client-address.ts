import "server-only";

export type TClient = { ip: string | null; userAgent: string | null };

function header(headers: Headers | Record<string, unknown> | undefined, name: string): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" && value ? value : null;
}

/**
 * Who is asking: the address a proxy in front of the console appended last to X-Forwarded-For (the
 * first entries are whatever the client claimed), and the browser's User-Agent.
 */
export function clientOf(headers: Headers | Record<string, unknown> | undefined): TClient {
  const forwarded = header(headers, "x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return { ip: forwarded?.at(-1)?.slice(0, 64) ?? header(headers, "x-real-ip")?.slice(0, 64) ?? null, userAgent: header(headers, "user-agent")?.slice(0, 400) ?? null };
}
