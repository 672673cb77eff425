import "server-only";
import type { TConnectionView } from "@/lib/vendors/connection";
import type { TVendor } from "@/lib/vendors/registry";
import { listConnections } from "./connections";

/** A vendor's connections as the API shows them (no secret values), for its pages' switchers. */
export async function vendorConnections(vendor: TVendor): Promise<TConnectionView[]> {
  return (await listConnections()).filter((c) => c.vendor === vendor);
}

/** The same, reduced to what a switcher needs: id and name, nothing else. */
export async function connectionOptions(vendor: TVendor): Promise<{ id: string; name: string }[]> {
  return (await vendorConnections(vendor)).map(({ id, name }) => ({ id, name }));
}

/** The connection the URL asks for, or the first one when it names none (or one that is gone). */
export function pickConnection<T extends { id: string }>(connections: T[], requested: string | string[] | undefined): T | undefined {
  const id = Array.isArray(requested) ? requested[0] : requested;
  return connections.find((c) => c.id === id) ?? connections[0];
}
