import "server-only";
import { isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import type { TMegaportLogin } from "./account-schemas";
import { getCompany, listCompanyUsers, listProducts } from "./client";
import { toCompanyView, toUserView, type TCompanyKnown } from "./identity-view";
import type { TMegaportCompanyView, TMegaportUserView } from "./views";

/** A part of the page Megaport would not show becomes one line on it; a refused sign-in fails the whole page. */
function problemOf(error: unknown): { problem: string } {
  if (isVendorError(error) && error.status !== 401 && error.code !== "mfa_required") return { problem: error.detail ?? error.message };
  throw error;
}

/** A company with the details GET /secure/party/company/{id or uid} gives, or why it gave none. */
async function companyView(conn: TUpstreamConnection, known: TCompanyKnown): Promise<TMegaportCompanyView> {
  const key = known.id ?? known.uid;
  if (key === null) return toCompanyView(known, { problem: "Megaport named no company number to read its details with." });
  const found = await getCompany(conn, key).then((company) => ({ company }), problemOf);
  return toCompanyView(known, found);
}

/** The login's own company first, then every other company it holds permissions in (keyed by id or uid). */
function companiesOfLogin(login: TMegaportLogin): TCompanyKnown[] {
  const homeKeys = [login.companyId === null ? null : String(login.companyId), login.companyUid].filter((key): key is string => key !== null);
  const home: TCompanyKnown = {
    id: login.companyId,
    uid: login.companyUid,
    name: login.companyName,
    permissions: [...new Set(homeKeys.flatMap((key) => login.permissions[key] ?? []))],
    home: true,
  };
  const others = Object.entries(login.permissions)
    .filter(([key]) => !homeKeys.includes(key))
    .map(([key, permissions]): TCompanyKnown => {
      const id = /^\d+$/.test(key) ? Number(key) : null;
      return { id, uid: id === null ? key : null, name: null, permissions, home: false };
    })
    .sort((a, b) => (a.id ?? Infinity) - (b.id ?? Infinity) || (a.uid ?? "").localeCompare(b.uid ?? ""));
  return [home, ...others];
}

/** Every company a username + password login may act for, its own first. */
export function loginCompanies(conn: TUpstreamConnection, login: TMegaportLogin): Promise<TMegaportCompanyView[]> {
  return Promise.all(companiesOfLogin(login).map((known) => companyView(conn, known)));
}

export type TApiKeyIdentity = { companies: TMegaportCompanyView[]; users: TMegaportUserView[]; usersProblem: string | null };

/**
 * An API key names no person. Its company comes from what its products say (companyUid,
 * companyName) and from its users (GET /v2/employment: companyId), who are listed instead.
 */
export async function apiKeyIdentity(conn: TUpstreamConnection): Promise<TApiKeyIdentity> {
  const [products, staff] = await Promise.all([listProducts(conn), listCompanyUsers(conn).then((users) => ({ users }), problemOf)]);
  const product = products.data.find((p) => p.companyUid || p.companyName);
  const users = "users" in staff ? staff.users : [];
  const employee = users.find((u) => u.companyId !== null);
  const known: TCompanyKnown = {
    id: employee?.companyId ?? null,
    uid: product?.companyUid ?? null,
    name: product?.companyName ?? employee?.companyName ?? null,
    permissions: null,
    home: true,
  };
  const named = known.id !== null || known.uid !== null || known.name !== null;
  return {
    companies: named ? [await companyView(conn, known)] : [],
    users: users.map(toUserView),
    usersProblem: "problem" in staff ? staff.problem : null,
  };
}
