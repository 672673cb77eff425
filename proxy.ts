import { NextResponse, type NextRequest } from "next/server";
import {
  API_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY, cspNonce, pageContentSecurityPolicy, servedOverHttps,
} from "@/lib/server/http/content-security-policy";
import { sameOrigin } from "@/lib/server/http/same-origin";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const OPEN_PAGES = ["/login", "/setup"];

/**
 * Runs before every page and API call: a fresh CSP nonce for pages, no-store and a data-only
 * CSP for the API, HSTS over HTTPS, and the same-site rule for every API change (next-auth's
 * too). Signed-out browsers are sent to /login; every page and route still checks the session itself.
 */
export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const response = malformedPath(request.nextUrl.pathname, isApi) ?? (isApi ? apiResponse(request) : pageResponse(request));
  if (servedOverHttps(request)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** A path no route can be decoded from (a stray %, invalid UTF-8) would otherwise end in Next.js's bare 500. */
function malformedPath(pathname: string, isApi: boolean): NextResponse | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const message = "The address is not validly percent-encoded";
    return badPath(message, isApi);
  }
}

function badPath(message: string, isApi: boolean): NextResponse {
  const response = isApi ? NextResponse.json({ error: "bad_request", message }, { status: 400 }) : new NextResponse(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  return response;
}

function apiResponse(request: NextRequest): NextResponse {
  const response =
    SAFE_METHODS.has(request.method) || sameOrigin(request)
      ? NextResponse.next()
      : NextResponse.json({ error: "bad_origin", message: "This request did not come from the console" }, { status: 403 });
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  return response;
}

function pageResponse(request: NextRequest): NextResponse {
  const nonce = cspNonce();
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const response = needsSignIn(request) ? signInRedirect(request) : nextWithNonce(request, nonce, policy);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function needsSignIn(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (OPEN_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`))) return false;
  return !SESSION_COOKIES.some((name) => request.cookies.has(name));
}

function signInRedirect(request: NextRequest): NextResponse {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

/** Next.js reads the nonce from the request's CSP header and puts it on its own scripts. */
function nextWithNonce(request: NextRequest, nonce: string, policy: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    // The vendor BFF (/api/v/…) sets these headers itself (bff-headers.ts) and skips the proxy on
    // its hot path; a path with a % in it still comes here to be checked for a valid encoding.
    "/api/((?!v/).*)",
    "/api/v/(.*%.*)",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)",
      // Prefetches render no document, so they need no nonce.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
