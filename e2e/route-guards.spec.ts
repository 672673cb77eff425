import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import ts from "typescript";
import { hasRole } from "../lib/roles";
import { E2E } from "../playwright.config";
import { ensureUser, originHeader, signedInPage, type TRole } from "./hostile-console";
import { fillPath, listOperations } from "./hostile-operations";
import { ROUTE_ROLES, SEGMENT_VALUES, type THttpMethod, type TRouteRule } from "./route-roles";
import { admin } from "./support";

const HTTP_METHODS: readonly THttpMethod[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const ROLES: readonly TRole[] = ["viewer", "operator", "admin"];
const MISSING_CONNECTION = "00000000-0000-4000-8000-000000000000";

type TRouteCall = { file: string; method: THttpMethod; rule: TRouteRule; url: string };

/** Every route handler file under app/api, as the repository has it now. */
function routeFiles(dir = "app/api"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** The HTTP methods a route file exports, read from its syntax tree (consts, functions, `export { x as GET }`). */
function exportedMethods(file: string): THttpMethod[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
      names.push(statement.name.text);
    } else if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause) throw new Error(`${file}: \`export *\` hides which methods it serves`);
      if (ts.isNamedExports(statement.exportClause)) names.push(...statement.exportClause.elements.map((element) => element.name.text));
    }
  }
  return HTTP_METHODS.filter((method) => names.includes(method));
}

/** The URL a route file answers, its dynamic segments filled with plausible values. */
function urlOf(file: string, rule: TRouteRule): string {
  if (typeof rule === "object" && rule.path) return `/api${rule.path}`;
  const segments = path.posix.dirname(file).split("/").slice(2);
  const filled = segments.map((segment) => {
    const name = /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(segment)?.[1];
    if (!name) return segment;
    const value = SEGMENT_VALUES[name];
    if (!value) throw new Error(`${file}: add a value for [${name}] to SEGMENT_VALUES in e2e/route-roles.ts`);
    return value;
  });
  return `/api/${filled.join("/")}`;
}

function routeCalls(): TRouteCall[] {
  return Object.entries(ROUTE_ROLES).flatMap(([file, methods]) =>
    Object.entries(methods).map(([method, rule]) => ({ file, method: method as THttpMethod, rule, url: urlOf(file, rule) })),
  );
}

const isChange = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method);

/** Calls a route as a browser would: JSON `{}` and the console's Origin on changes, no redirects followed. */
function call(request: APIRequestContext, method: string, url: string, headers: Record<string, string> = isChange(method) ? originHeader : {}) {
  return request.fetch(url, { method, headers, data: isChange(method) ? {} : undefined, maxRedirects: 0 });
}

async function errorCode(response: APIResponse): Promise<string | undefined> {
  return ((await response.json().catch(() => ({}))) as { error?: string }).error;
}

/** What every API answer carries, error or not, whoever answered it. */
function expectApiHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["cache-control"], `${what}: Cache-Control`).toMatch(/no-store/);
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["content-security-policy"], what).toContain("default-src 'none'");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
}

test("every route handler under app/api is declared in e2e/route-roles.ts, method by method", () => {
  const onDisk = Object.fromEntries(routeFiles().map((file) => [file, exportedMethods(file)]));
  const declared = Object.fromEntries(Object.entries(ROUTE_ROLES).map(([file, methods]) => [file, Object.keys(methods).sort()]));
  const undeclared = Object.entries(onDisk).flatMap(([file, methods]) => methods.filter((m) => !declared[file]?.includes(m)).map((m) => `${m} ${file}`));
  const stale = Object.entries(declared).flatMap(([file, methods]) => methods.filter((m) => !onDisk[file]?.includes(m as THttpMethod)).map((m) => `${m} ${file}`));
  expect(undeclared, "route methods with no row in e2e/route-roles.ts: say who may call them").toEqual([]);
  expect(stale, "rows in e2e/route-roles.ts for methods no route exports").toEqual([]);
  const count = Object.values(onDisk).reduce((n, methods) => n + methods.length, 0);
  console.log(`route guards: ${Object.keys(onDisk).length} route files, ${count} exported methods, all declared`);
  expect(count).toBeGreaterThan(20);
});

test("signed out, every route answers 401, and the open ones answer as documented", async ({ request }) => {
  const calls = routeCalls();
  for (const { file, method, rule, url } of calls) {
    const response = await call(request, method, url);
    const what = `${method} ${url} (${file})`;
    expectApiHeaders(response, what);
    if (typeof rule === "object") {
      expect(response.status(), what).toBe(rule.signedOut);
      continue;
    }
    expect(response.status(), what).toBe(401);
    expect(await errorCode(response), what).toBe("unauthenticated");
  }
  // The BFF refuses every method before it looks at the vendor, connection or path.
  for (const url of ["/api/v/acreto/env:acreto/customers", "/api/v/nope/x/y", `/api/v/provision/${MISSING_CONNECTION}/blocks/1`]) {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) expect((await call(request, method, url)).status(), `${method} ${url}`).toBe(401);
  }
  console.log(`route guards: ${calls.length} signed-out calls checked`);
});

test.describe("with a session", () => {
  const sessions = {} as Record<TRole, APIRequestContext>;
  const pages: Page[] = [];

  test.beforeAll(async ({ browser }) => {
    const adminPage = await signedInPage(browser, admin);
    pages.push(adminPage);
    sessions.admin = adminPage.request;
    for (const role of ["viewer", "operator"] as const) {
      const page = await signedInPage(browser, await ensureUser(adminPage.request, role, "guards"));
      pages.push(page);
      sessions[role] = page.request;
    }
  });

  test.afterAll(async () => {
    for (const page of pages.splice(0)) await page.context().close();
  });

  test("each role gets 403 from every route above it, and reaches every read at or below it", async () => {
    let refused = 0;
    let reached = 0;
    for (const { file, method, rule, url } of routeCalls()) {
      if (typeof rule !== "string" || rule === "bff") continue;
      for (const role of ROLES) {
        const what = `${role}: ${method} ${url} (${file}, needs ${rule})`;
        if (!hasRole(role, rule)) {
          const response = await call(sessions[role], method, url);
          expectApiHeaders(response, what);
          expect(response.status(), what).toBe(403);
          expect(await errorCode(response), what).toBe("forbidden");
          refused += 1;
        } else if (!isChange(method)) {
          // Reads only: a change would really happen (sign out everywhere, a new recovery code…).
          expect([401, 403], what).not.toContain((await call(sessions[role], method, url)).status());
          reached += 1;
        }
      }
    }
    console.log(`route guards: ${refused} calls refused with 403 to a role without the right, ${reached} reads reached by roles with it`);
    expect(refused).toBeGreaterThan(30);
  });

  test("every BFF operation of every vendor refuses the roles below its own", async () => {
    const operations = listOperations();
    const vendors = new Set(operations.map((operation) => operation.vendor));
    expect(vendors.size, "operations from every vendor with a table").toBeGreaterThanOrEqual(3);
    let checked = 0;
    for (const operation of operations) {
      const url = `/api/v/${operation.vendor}/${MISSING_CONNECTION}/${fillPath(operation.path, () => "1")}`;
      for (const role of ROLES) {
        const what = `${role}: ${operation.method} ${url} (${operation.vendor}.${operation.name}, needs ${operation.role})`;
        const response = await call(sessions[role], operation.method, url, isChange(operation.method) ? originHeader : {});
        if (hasRole(role, operation.role)) {
          // Past the role check, the made-up connection is what stops it: nothing reaches a vendor.
          expect(response.status(), what).toBe(404);
          expect(((await response.json()) as { message: string }).message, what).toBe("Connection not found");
        } else {
          expect(response.status(), what).toBe(403);
          expect(await errorCode(response), what).toBe("forbidden");
        }
        checked += 1;
      }
    }
    console.log(`route guards: ${operations.length} BFF operations of ${vendors.size} vendors, ${checked} role checks`);
  });

  test("every change, on every route, is refused from another origin or without one, even to an admin", async () => {
    const changes = routeCalls().filter(({ method }) => isChange(method));
    const bff = listOperations().filter((operation) => isChange(operation.method));
    const targets = [
      ...changes.map(({ method, url }) => ({ method, url })),
      ...bff.map((operation) => ({ method: operation.method, url: `/api/v/${operation.vendor}/${MISSING_CONNECTION}/${fillPath(operation.path, () => "1")}` })),
    ];
    for (const { method, url } of targets) {
      for (const headers of [{ origin: "https://evil.example" }, { origin: "null" }, {}] as Record<string, string>[]) {
        const response = await call(sessions.admin, method, url, headers);
        const what = `${method} ${url} with ${JSON.stringify(headers)}`;
        expect(response.status(), what).toBe(403);
        expect(await errorCode(response), what).toBe("bad_origin");
      }
    }
    console.log(`route guards: ${targets.length} changes refused from a foreign, null or missing Origin`);
  });

  test("the cron route answers only to its bearer secret, never to a session", async ({ request }) => {
    for (const authorization of [undefined, "Bearer wrong", `Basic ${E2E.cronSecret}`, `Bearer ${E2E.cronSecret}x`, `bearer${E2E.cronSecret}`]) {
      const response = await request.get("/api/cron/monitor", { headers: authorization ? { authorization } : {} });
      expect(response.status(), authorization ?? "no Authorization").toBe(401);
    }
    expect((await sessions.admin.get("/api/cron/monitor")).status()).toBe(401);
    const pass = await request.get("/api/cron/monitor", { headers: { authorization: `Bearer ${E2E.cronSecret}` } });
    expect(pass.status()).toBe(200);
    expectApiHeaders(pass, "cron");
  });
});
