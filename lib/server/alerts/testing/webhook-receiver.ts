// Test helpers, for vitest and for the Playwright specs (no "server-only": Playwright runs in plain Node).
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type TReceivedHook = { path: string; headers: IncomingHttpHeaders; json: Record<string, unknown> };
export type TWebhookReceiver = {
  url: (path: string) => string;
  hooks: TReceivedHook[];
  /** The status the next requests get (200 by default), e.g. 500 to make a delivery fail. */
  answer: { status: number; location?: string };
  close(): Promise<void>;
};

/** A real HTTP server on 127.0.0.1 and a free port that keeps every JSON body posted to it. */
export async function startWebhookReceiver(): Promise<TWebhookReceiver> {
  const hooks: TReceivedHook[] = [];
  const answer: TWebhookReceiver["answer"] = { status: 200 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (answer.status === 200) hooks.push({ path: req.url ?? "/", headers: req.headers, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown> });
      res.writeHead(answer.status, answer.location ? { location: answer.location } : { "content-type": "text/plain" });
      res.end(answer.status === 200 ? "ok" : "no_service");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hooks,
    answer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
