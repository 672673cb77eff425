import "server-only";
import { VENDOR_INFO, credentialSetOf, type TVendor } from "@/lib/vendors/registry";

type TEnvConnection = { vendor: TVendor; baseUrl: string; values: Record<string, string> };

// Exactly the variable names documented in the README; bracketed ones fall back to the vendor's defaults.
const ENV_NAMES: Record<TVendor, { baseUrl: string; values: Record<string, string> }> = {
  nettica: { baseUrl: "NETTICA_BASE_URL", values: { apiKey: "NETTICA_API_KEY" } },
  acreto: {
    baseUrl: "ACRETO_BASE_URL",
    values: { username: "ACRETO_USERNAME", password: "ACRETO_PASSWORD", totpSecret: "ACRETO_TOTP_SECRET" },
  },
  provision: { baseUrl: "PROVISION_API_URL", values: { apiKey: "PROVISION_API_KEY", secretKey: "PROVISION_SECRET_KEY" } },
  n2n: { baseUrl: "N2N_BASE_URL", values: { apiKey: "N2N_API_KEY", email: "N2N_EMAIL", password: "N2N_PASSWORD", tps: "N2N_TPS", tpd: "N2N_TPD" } },
  megaport: {
    baseUrl: "MEGAPORT_BASE_URL",
    values: {
      username: "MEGAPORT_USERNAME",
      password: "MEGAPORT_PASSWORD",
      accessKey: "MEGAPORT_ACCESS_KEY",
      secretKey: "MEGAPORT_SECRET_KEY",
      authUrl: "MEGAPORT_AUTH_URL",
      totpSecret: "MEGAPORT_TOTP_SECRET",
    },
  },
};

/** Connections configured by environment variables (read-only in the console), one per vendor at most. */
export function envConnections(env: NodeJS.ProcessEnv = process.env): TEnvConnection[] {
  const found: TEnvConnection[] = [];
  for (const [vendor, names] of Object.entries(ENV_NAMES) as [TVendor, (typeof ENV_NAMES)[TVendor]][]) {
    const values: Record<string, string> = {};
    for (const [key, name] of Object.entries(names.values)) if (env[name]) values[key] = env[name];
    const baseUrl = env[names.baseUrl] || VENDOR_INFO[vendor].defaultBaseUrl;
    if (baseUrl && credentialSetOf(vendor, values)) found.push({ vendor, baseUrl, values });
  }
  return found;
}
