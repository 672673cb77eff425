import "server-only";
import { HttpError } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => new HttpError(413, "payload_too_large", `The request body is too large (at most ${MAX_BODY_BYTES / 1024} KB)`);

/**
 * The body as UTF-8 text, read chunk by chunk and abandoned as soon as it passes `limit`:
 * a chunked upload without Content-Length cannot make the server hold more than the limit.
 */
export async function readBodyText(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = req.headers.get("content-length");
  if (declared !== null && !/^\d+$/.test(declared.trim())) throw new HttpError(400, "bad_request", "Content-Length is not a number");
  if (Number(declared ?? 0) > limit) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
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
