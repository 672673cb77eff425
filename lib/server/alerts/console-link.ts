import "server-only";

/**
 * A console page as a full URL for a message read outside the console, from NEXTAUTH_URL (the
 * console's public address); null when it is not set, as the server then knows no address to give.
 */
export function consoleLink(href: string | null): string | null {
  const base = process.env.NEXTAUTH_URL;
  if (!href || !base) return null;
  try {
    const origin = new URL(base).origin;
    return origin.startsWith("http") ? `${origin}${href}` : null;
  } catch {
    return null;
  }
}
