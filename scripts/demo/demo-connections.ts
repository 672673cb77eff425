import type { TSimulatorCredentials } from "../../simulators/credentials";
import type { TSimulatorUrls } from "../../simulators";

type TDemoConnection = { vendor: string; name: string; baseUrl: string; values: Record<string, string> };

/** One connection per vendor, pointed at the simulators. Acreto's account has MFA on, answered from its seed. */
export function demoConnections(urls: TSimulatorUrls, c: TSimulatorCredentials): TDemoConnection[] {
  return [
    { vendor: "nettica", name: "Nettica (simulated)", baseUrl: urls.nettica, values: { apiKey: c.nettica.apiKey } },
    {
      vendor: "acreto",
      name: "Acreto (simulated, MFA)",
      baseUrl: urls.acreto,
      values: { username: c.acreto.mfaUser.username, password: c.acreto.mfaUser.password, totpSecret: c.acreto.mfaUser.totpSecret },
    },
    { vendor: "provision", name: "ProVision (simulated)", baseUrl: urls.provision, values: { apiKey: c.provision.apiKey, secretKey: c.provision.secretKey } },
    { vendor: "n2n", name: "N2N DL (simulated)", baseUrl: urls.n2n, values: { apiKey: c.n2n.apiKey, tps: String(c.n2n.tps), tpd: String(c.n2n.tpd) } },
    {
      vendor: "megaport",
      name: "Megaport (simulated)",
      baseUrl: urls.megaport,
      values: { username: c.megaport.username, password: c.megaport.password },
    },
  ];
}
