/** @type {import('next').NextConfig} */
// Static headers for every response, static files included. The per-request Content-Security-Policy
// (a nonce for pages, a data-only policy for the API), HSTS over HTTPS and the API's no-store come
// from proxy.ts; no-store is repeated here so even an answer the proxy did not see is never cached.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Opt in with NEXT_OUTPUT=standalone for a self-contained server folder (see README).
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  serverExternalPackages: ["@electric-sql/pglite", "pino", "pg"],
  outputFileTracingIncludes: { "/**": ["./drizzle/**/*"] },
  experimental: {
    authInterrupts: true,
    // The proxy sees most requests, so Next.js buffers their bodies for it, and *silently cuts* a
    // longer one at this size. The API reads at most 64 KB (lib/server/http/read-body-text.ts):
    // buffering up to 1 MB means a body over 64 KB still arrives over 64 KB (cut or not), so it is
    // refused with 413 — also a chunked one, which has no Content-Length to refuse it by.
    proxyClientMaxBodySize: 1024 * 1024,
  },
  // `npm test` type-checks the whole project with tsc first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

module.exports = nextConfig;
