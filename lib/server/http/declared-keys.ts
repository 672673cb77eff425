import "server-only";
import { z } from "zod";

const cache = new WeakMap<z.ZodType, ReadonlySet<string> | null>();

/**
 * The top-level fields an input schema declares, or null when it takes any key (a record,
 * a loose object, not an object at all). Read from the schema's JSON Schema, so refinements and
 * preprocessing wrappers are seen through.
 */
export function declaredKeys(schema: z.ZodType): ReadonlySet<string> | null {
  if (cache.has(schema)) return cache.get(schema)!;
  let keys: ReadonlySet<string> | null = null;
  try {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { type?: unknown; properties?: Record<string, unknown>; additionalProperties?: unknown };
    const closed = json.additionalProperties === undefined || json.additionalProperties === false;
    if (json.type === "object" && json.properties && closed) keys = new Set(Object.keys(json.properties));
  } catch {
    keys = null;
  }
  cache.set(schema, keys);
  return keys;
}

/** The first key of `value` that `schema` does not declare, if `value` is an object and the schema is closed. */
export function unknownKey(schema: z.ZodType | undefined, value: unknown): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const keys = schema ? declaredKeys(schema) : new Set<string>();
  if (!keys) return null;
  return Object.keys(value).find((key) => !keys.has(key)) ?? null;
}
