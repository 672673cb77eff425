import type { TSimContext, TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { userOf } from "./auth";
import { envelope, megaportError } from "./errors";
import type { TMegaportState, TMegaportUser, TProduct } from "./records";

/** GET /secure/party/company/{id}, GET /v2/products, GET /v2/product/{productUid}. */
export function registerMegaportRoutes(kit: TSimKit, state: TMegaportState, random: TRandom): void {
  const { app, clock } = kit;
  const user = (c: TSimContext) => userOf(c, state, clock.now()) as TMegaportUser;
  const mayRead = (u: TMegaportUser, companyId: number) => u.permissions[String(companyId)]?.includes("services") ?? false;

  /** Services of the caller's company, or of `?companyId=` for a service agent who may see it (assumed). */
  const servicesOf = (c: TSimContext): TProduct[] | Response => {
    const caller = user(c);
    const companyId = Number(c.req.query("companyId") ?? caller.companyId);
    if (!mayRead(caller, companyId)) return megaportError(c, random, 403, `You do not have access to company ${companyId}.`);
    const company = state.companies.find((co) => co.companyId === companyId);
    return state.products.filter((p) => p.companyUid === company?.companyUid);
  };

  app.get("/secure/party/company/:companyId", (c) => {
    const companyId = Number(c.req.param("companyId"));
    const company = state.companies.find((co) => co.companyId === companyId);
    if (!company || !user(c).permissions[String(companyId)]) {
      return megaportError(c, random, 403, `You do not have access to company ${c.req.param("companyId")}.`);
    }
    return c.json(envelope("Company details", structuredClone(company)));
  });

  app.get("/v2/products", (c) => {
    const products = servicesOf(c);
    if (products instanceof Response) return products;
    return c.json(envelope(`Found ${products.length} Products`, structuredClone(products)));
  });

  app.get("/v2/product/:productUid", (c) => {
    const uid = c.req.param("productUid");
    const caller = user(c);
    const readable = state.products.filter((p) => state.companies.some((co) => co.companyUid === p.companyUid && mayRead(caller, co.companyId)));
    const found =
      readable.find((p) => p.productUid === uid) ??
      readable.flatMap((p) => [...p.associatedVxcs, ...p.associatedIxs]).find((service) => service.productUid === uid);
    if (!found) return megaportError(c, random, 404, `Could not find a service with UID ${uid}`);
    return c.json(envelope(`Found Product ${uid}`, structuredClone(found)));
  });
}
