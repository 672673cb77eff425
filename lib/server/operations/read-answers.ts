import "server-only";
import { createHash } from "node:crypto";
import { repliesStillCached } from "../upstream/call-vendor";
import { withReadTrace, type TReadTrace } from "../upstream/read-trace";

type TAnswer = { body: string; etag: string; trace: TReadTrace };

const MAX_ANSWERS = 500;
// A read's JSON, kept while the cached vendor replies it was built from are the ones cached.
const answers = new Map<string, TAnswer>();

/**
 * Serves a BFF read: built (parsed, mapped, serialised) once per cached vendor reply, then
 * served as it is, with an ETag; a browser that already has it gets a 304 and no body.
 * `key` names everything else the answer depends on (connection and version, operation, input, role).
 */
export async function serveRead(req: Request, key: string, build: () => Promise<unknown>): Promise<Response> {
  const known = answers.get(key);
  if (known && repliesStillCached(known.trace)) return respond(req, known);
  const { value, trace } = await withReadTrace(build);
  // A file the vendor made (N2N's readings CSV) goes to the browser as the operation built it.
  if (value instanceof Response) return value;
  const body = JSON.stringify(value);
  const answer: TAnswer = { body, etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`, trace };
  answers.delete(key);
  if (repliesStillCached(trace)) {
    if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!);
    answers.set(key, answer);
  }
  return respond(req, answer);
}

function respond(req: Request, answer: TAnswer): Response {
  // Stored by the browser but asked again each time (the ETag makes that cheap), never shared.
  const headers = { etag: answer.etag, "cache-control": "private, no-cache" };
  const asked = req.headers.get("if-none-match");
  if (asked && asked.split(",").some((tag) => tag.trim() === answer.etag)) return new Response(null, { status: 304, headers });
  return new Response(answer.body, { headers: { ...headers, "content-type": "application/json" } });
}
