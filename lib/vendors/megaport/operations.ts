import "server-only";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import { getService, listProducts, megaportUsage, signedInUser } from "./client";
import { apiKeyIdentity, loginCompanies } from "./identity";
import { toPerson } from "./identity-view";
import { toIxDetail, toProductDetail, toServiceRow, toVxcDetail } from "./service-views";
import type { TMegaportIdentity, TMegaportServiceDetail, TMegaportServiceList } from "./views";

// Only the sign-in uses the admin's one-time code, so each handler hands it to its first call alone
// (a call carrying a code is never shared or cached).

/** Megaport's BFF surface: /api/v/megaport/<connection>/<path>. Reads only. */
export const megaportOperations: readonly TOperation[] = [
  defineOperation({
    name: "identity",
    method: "GET",
    path: "identity",
    role: "viewer",
    handler: async ({ connection, otp }): Promise<TMegaportIdentity> => {
      const login = await signedInUser(connection, otp);
      const usage = () => megaportUsage(connection);
      if (!login) return { auth: "apiKey", person: null, ...(await apiKeyIdentity(connection)), usage: await usage(), fetchedAt: new Date().toISOString() };
      const companies = await loginCompanies(connection, login);
      return { auth: "session", person: toPerson(login), companies, users: [], usersProblem: null, usage: await usage(), fetchedAt: new Date().toISOString() };
    },
  }),
  defineOperation({
    name: "listServices",
    method: "GET",
    path: "services",
    role: "viewer",
    handler: async ({ connection, otp }): Promise<TMegaportServiceList> => {
      const reply = await listProducts(connection, otp);
      return { message: reply.message, services: reply.data.map(toServiceRow), usage: await megaportUsage(connection), fetchedAt: new Date().toISOString() };
    },
  }),
  defineOperation({
    name: "getService",
    method: "GET",
    path: "services/:uid",
    role: "viewer",
    handler: async ({ connection, params, otp }): Promise<TMegaportServiceDetail> => {
      const service = await getService(connection, params.uid!, otp);
      const fetchedAt = new Date().toISOString();
      if (service.kind === "VXC") return { kind: "VXC", vxc: toVxcDetail(service.vxc), fetchedAt };
      if (service.kind === "IX") return { kind: "IX", ix: toIxDetail(service.ix), fetchedAt };
      return { kind: "PRODUCT", product: toProductDetail(service.product), fetchedAt };
    },
  }),
];
