import "server-only";
import type { TAcretoConnectionOption } from "@/components/acreto/acreto-connection";
import { vendorConnections } from "@/lib/server/connection-options";

/** The Acreto connections: id, name, the username they sign in as, and whether an MFA seed is stored. */
export async function acretoConnections(): Promise<TAcretoConnectionOption[]> {
  return (await vendorConnections("acreto")).map(({ id, name, settings, secrets }) => ({
    id,
    name,
    username: settings.username ?? null,
    mfaSeedStored: secrets.totpSecret?.set ?? false,
  }));
}
