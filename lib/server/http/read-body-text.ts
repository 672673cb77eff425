import "server-only";
import { HttpError } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;

/** What is read and thrown away after a refusal, so the client sees the 413 rather than a reset. */
const DISCARD_BYTES = 4 * 1024 * 1024;

const tooLarge = () => new HttpError(413, "payload_too_large", `The request body is too large (at most ${MAX_BODY_BYTES / 1024} KB)`);

/**
 * The body as UTF-8 text, read chunk by chunk and abandoned as soon as it passes `limit`:
 * a chunked upload without Content-Length cannot make the server hold more than the limit.
 */
export async function readBodyText(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = req.headers.get("content-length");
  if (declared !== null && !/^\d+$/.test(declared.trim())) throw new HttpError(400, "bad_request", "Content-Length is not a number");
  if (Number(declared ?? 0) > limit) {
    if (req.body) await discardRest(req.body.getReader());
    throw tooLarge();
  }
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await discardRest(reader);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, "bad_request", "The request body is not valid UTF-8");
  }
}

/**
 * Reads what the client is still sending and drops it before the 413 goes out (a lingering close,
 * as nginx does): answering while it still writes lets the server close the socket under it, and
 * the client gets a reset (EPIPE) instead of the 413. Past `DISCARD_BYTES` the stream is cut after all.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let left = DISCARD_BYTES;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      left -= value.byteLength;
      if (left < 0) return void (await reader.cancel());
    }
  } catch {
    // The client went away: nothing left to drop.
  }
}
