import { startSimulators } from "../simulators";

/** `npm run simulators`: the five vendor simulators on PORT (default 4010), for the demo and e2e. */
async function main() {
  const port = Number(process.env.PORT ?? 4010);
  const running = await startSimulators({ port, hostname: process.env.HOST ?? "127.0.0.1", seed: process.env.SIM_SEED ?? 1 });
  const { urls, credentials: c } = running;
  const lines = [
    `Vendor simulators on ${running.url} (control API: <vendor URL>/_sim/…)`,
    "",
    `Nettica    ${urls.nettica}`,
    `           X-API-KEY ${c.nettica.apiKey} (suspended account: ${c.nettica.suspendedApiKey})`,
    `Acreto     ${urls.acreto}`,
    `           ${c.acreto.admin.username} / ${c.acreto.admin.password}`,
    `           ${c.acreto.mfaUser.username} / ${c.acreto.mfaUser.password}, MFA seed ${c.acreto.mfaUser.totpSecret}`,
    `ProVision  ${urls.provision}`,
    `           API key ${c.provision.apiKey}, secret ${c.provision.secretKey}`,
    `N2N DL     ${urls.n2n}`,
    `           API key ${c.n2n.apiKey} (TPS ${c.n2n.tps}, TPD ${c.n2n.tpd}); read-only ${c.n2n.readOnlyApiKey}`,
    `           ${c.n2n.email} / ${c.n2n.password}`,
    `Megaport   ${urls.megaport} (OAuth base ${urls.megaportAuth})`,
    `           ${c.megaport.username} / ${c.megaport.password}; service agent ${c.megaport.serviceAgent.username} / ${c.megaport.serviceAgent.password}`,
    `           access key ${c.megaport.accessKey}, secret key ${c.megaport.secretKey}`,
  ];
  console.log(lines.join("\n"));
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
