import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";

export type TServedApp = { url: string; port: number; close(): Promise<void> };

type TFetch = Parameters<typeof createAdaptorServer>[0]["fetch"];

/** Serves a fetch handler on 127.0.0.1 (port 0 = a free port). */
export async function serveFetch(fetch: TFetch, port = 0, hostname = "127.0.0.1"): Promise<TServedApp> {
  const server = createAdaptorServer({ fetch, port, hostname });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
