import type { TSimContext, TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { userOf } from "./auth";
import { envelope, megaportError } from "./errors";
import type { TCompany, TMegaportState, TMegaportUser } from "./records";

/**
 * GET /secure/party/company/{id or uid} (legacy: answers bare, without the envelope),
 * GET /v2/products, GET /v2/product/{productUid}, GET /v2/employment.
 */
export function registerMegaportRoutes(kit: TSimKit, state: TMegaportState, random: TRandom): void {
  const { app, clock } = kit;
  const user = (c: TSimContext) => userOf(c, state, clock.now()) as TMegaportUser;
  const companyOf = (u: TMegaportUser) => state.companies.find((co) => co.companyId === u.companyId)!;
  // Any permission in a company opens its details, whatever the permission is called.
  const holds = (u: TMegaportUser, company: TCompany) =>
    company.companyId === u.companyId || [String(company.companyId), company.companyUid].some((key) => key in u.permissions);
  // The products of the caller's own company: no public source shows a parameter for another one, so any is ignored.
  const ownProducts = (c: TSimContext) => state.products.filter((p) => p.companyUid === companyOf(user(c)).companyUid);

  app.get("/secure/party/company/:company", (c) => {
    const key = c.req.param("company");
    const company = state.companies.find((co) => String(co.companyId) === key || co.companyUid === key);
    if (!company || !holds(user(c), company)) return megaportError(c, random, 403, `You do not have access to company ${key}.`);
    return c.json(structuredClone(company));
  });

  app.get("/v2/products", (c) => {
    const products = ownProducts(c);
    return c.json(envelope(`Found ${products.length} Products`, structuredClone(products)));
  });

  app.get("/v2/product/:productUid", (c) => {
    const uid = c.req.param("productUid");
    const products = ownProducts(c);
    const found =
      products.find((p) => p.productUid === uid) ?? products.flatMap((p) => [...p.associatedVxcs, ...p.associatedIxs]).find((service) => service.productUid === uid);
    if (!found) return megaportError(c, random, 404, `Could not find a service with UID ${uid}`);
    return c.json(envelope(`Found Product ${uid}`, structuredClone(found)));
  });

  app.get("/v2/employment", (c) => {
    const company = companyOf(user(c));
    const employees = state.users.filter((u) => u.companyId === company.companyId).map((u) => employeeOf(u, company));
    return c.json(envelope(`Found ${employees.length} employees`, employees));
  });
}

/** One company user as /v2/employment lists them (megaportgo's User). */
function employeeOf(u: TMegaportUser, company: TCompany) {
  return {
    personId: u.personId,
    personUid: u.personUid,
    personAltId: null,
    employmentId: 50_000 + u.personId,
    employmentType: "REAL",
    firstName: u.firstName,
    lastName: u.lastName,
    name: `${u.firstName} ${u.lastName}`,
    email: u.username,
    username: u.username,
    password: null,
    phone: null,
    mobile: null,
    position: u.position,
    active: true,
    companyId: company.companyId,
    companyName: company.companyName,
    securityRoles: [u.position === "Company Admin" ? "companyAdmin" : "technicalContact"],
    permissions: u.permissions[String(company.companyId)] ?? u.permissions[company.companyUid] ?? [],
    requireTotp: Boolean(u.totpSecret),
    mfaEnabled: Boolean(u.totpSecret),
    invitationPending: false,
    featureFlags: [],
  };
}
