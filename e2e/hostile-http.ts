import http from "node:http";
import net from "node:net";

export type TRawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type TRawRequest = {
  method: string;
  /** Sent on the wire exactly as given: no URL parser normalises dots or re-encodes anything. */
  target: string;
  headers?: Record<string, string>;
  /** A string or Buffer is sent with Content-Length; chunks are streamed with no length at all. */
  body?: string | Buffer | { chunks: number; chunkBytes: number };
};

/** One request to the console over node:http, the request-target byte for byte. */
export function rawRequest(origin: string, request: TRawRequest): Promise<TRawResponse> {
  const { hostname, port } = new URL(origin);
  const { body } = request;
  // node:http frames a DELETE's body with neither a length nor chunking unless told which.
  const framing = body === undefined ? {} : typeof body === "string" || Buffer.isBuffer(body) ? { "content-length": String(Buffer.byteLength(body)) } : { "transfer-encoding": "chunked" };
  const headers = { ...framing, ...request.headers };
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: hostname, port, method: request.method, path: request.target, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    if (body === undefined || typeof body === "string" || Buffer.isBuffer(body)) {
      outgoing.end(body);
      return;
    }
    // A chunked upload: the server learns its size only by reading it; stop once it has answered.
    let sent = 0;
    const chunk = Buffer.alloc(body.chunkBytes, 0x20);
    const pump = () => {
      while (sent < body.chunks) {
        sent += 1;
        if (!outgoing.write(chunk)) return void outgoing.once("drain", pump);
      }
      outgoing.end();
    };
    outgoing.once("response", () => (sent = body.chunks));
    pump();
  });
}

/**
 * Writes bytes no HTTP client library would send (bare LF, folded headers, an absolute-form
 * target) and reads back the status line; the server must answer 4xx or close.
 */
export function rawBytes(origin: string, bytes: string): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let received = "";
    socket.setTimeout(15_000, () => socket.destroy());
    socket.on("connect", () => socket.write(bytes));
    socket.on("data", (data) => {
      received += data.toString("latin1");
      if (received.includes("\r\n\r\n")) socket.destroy();
    });
    socket.on("close", () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0), head: received.split("\r\n\r\n")[0] ?? "" }));
    socket.on("error", () => undefined);
  });
}
