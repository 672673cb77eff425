import "server-only";
import { z } from "zod";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import { isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { getCompany, getService, listProducts, megaportUsage, signedInUser } from "./client";
import { toCompanyView, toPerson } from "./identity-view";
import type { TMegaportLogin } from "./schemas";
import { toIxDetail, toProductDetail, toServiceRow, toVxcDetail } from "./service-views";
import type { TMegaportCompanyView, TMegaportIdentity, TMegaportServiceDetail, TMegaportServiceList } from "./views";

const ZServicesQuery = z.object({
  companyId: z.coerce.number({ error: "companyId is a Megaport company number" }).int().positive().optional(),
});

/** Every company the login holds permissions in, the user's own first; one that cannot be read says why. */
async function companiesOf(conn: TUpstreamConnection, login: TMegaportLogin): Promise<TMegaportCompanyView[]> {
  const ids = [...new Set([login.companyId, ...Object.keys(login.permissions).map(Number)])].filter((id) => Number.isInteger(id) && id > 0);
  ids.sort((a, b) => (a === login.companyId ? -1 : b === login.companyId ? 1 : a - b));
  return Promise.all(
    ids.map(async (id) => {
      const home = id === login.companyId;
      const permissions = login.permissions[String(id)] ?? [];
      const found = await getCompany(conn, id).then(
        (company) => ({ company }),
        (error: unknown) => {
          // A refused session fails the whole page; a company Megaport will not show is one line on it.
          if (isVendorError(error) && error.status !== 401) return { problem: error.detail ?? error.message };
          throw error;
        },
      );
      return toCompanyView(id, found, permissions, home, home ? (login.companyName ?? null) : null);
    }),
  );
}

/** Megaport's BFF surface: /api/v/megaport/<connection>/<path>. Reads only. */
export const megaportOperations: readonly TOperation[] = [
  defineOperation({
    name: "identity",
    method: "GET",
    path: "identity",
    role: "viewer",
    handler: async ({ connection }): Promise<TMegaportIdentity> => {
      const login = await signedInUser(connection);
      const companies = login ? await companiesOf(connection, login) : [];
      return {
        auth: login ? "session" : "apiKey",
        person: login && toPerson(login),
        companies,
        usage: megaportUsage(connection),
        fetchedAt: new Date().toISOString(),
      };
    },
  }),
  defineOperation({
    name: "listServices",
    method: "GET",
    path: "services",
    role: "viewer",
    input: ZServicesQuery,
    handler: async ({ connection, input }): Promise<TMegaportServiceList> => {
      const reply = await listProducts(connection, input.companyId);
      return {
        companyId: input.companyId ?? null,
        message: reply.message,
        services: reply.data.map((product) => toServiceRow(product, input.companyId ?? null)),
        usage: megaportUsage(connection),
        fetchedAt: new Date().toISOString(),
      };
    },
  }),
  defineOperation({
    name: "getService",
    method: "GET",
    path: "services/:uid",
    role: "viewer",
    handler: async ({ connection, params }): Promise<TMegaportServiceDetail> => {
      const service = await getService(connection, params.uid!);
      const fetchedAt = new Date().toISOString();
      if (service.kind === "VXC") return { kind: "VXC", vxc: toVxcDetail(service.vxc), fetchedAt };
      if (service.kind === "IX") return { kind: "IX", ix: toIxDetail(service.ix), fetchedAt };
      return { kind: "PRODUCT", product: toProductDetail(service.product), fetchedAt };
    },
  }),
];
