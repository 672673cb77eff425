import "server-only";

/**
 * Inline <style> blocks the app inserts without a nonce, allowed by their SHA-256:
 * sonner's toast CSS (inserted at load, first empty), and the Acreto commit bar's keyframes.
 * content-security-policy.test.ts re-derives them from the sources, so an upgrade cannot stale them.
 */
export const INLINE_STYLE_HASHES = [
  "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
  "'sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY='",
  "'sha256-pz8ZvrLcUl+VDXcQNAc5U46Pwm9oAzkqNWowNxryV1c='",
] as const;

/** A fresh nonce for one page response: 128 random bits. */
export function cspNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy of every page: scripts only with this response's nonce (and what they load),
 * styles from our files, the nonce or a known hash; images from us or data:/blob: (QR codes).
 * Development needs eval for React's error overlays; production never gets it.
 */
export function pageContentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}' ${INLINE_STYLE_HASHES.join(" ")}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are data, never documents: nothing may load from or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** HSTS only makes sense (and is only honoured) over HTTPS: behind a TLS proxy, or when the public URL is https. */
export function servedOverHttps(req: Request): boolean {
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded === "https") return true;
  if (new URL(req.url).protocol === "https:") return true;
  return /^https:/i.test(process.env.NEXTAUTH_URL ?? "");
}
