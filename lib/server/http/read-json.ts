import "server-only";
import type { z } from "zod";
import { HttpError, badRequest } from "./errors";
import { readBodyText } from "./read-body-text";

// application/json, optionally with parameters (charset=utf-8); not application/json-seq, text/plain or a form.
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

export const isJsonContentType = (type: string | null) => JSON_MEDIA_TYPE.test(type?.trim() ?? "");

/** Reads a JSON body without a schema: right content type, bounded size, valid UTF-8 and JSON. */
export async function readJsonValue(req: Request): Promise<unknown> {
  if (!isJsonContentType(req.headers.get("content-type"))) throw new HttpError(415, "unsupported_media_type", "Send the body as application/json");
  const text = await readBodyText(req);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("The request body is not valid JSON");
  }
}

/** Reads a JSON body: right content type, bounded size, then the schema. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  return schema.parse(await readJsonValue(req));
}
