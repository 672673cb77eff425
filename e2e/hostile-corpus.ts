import type { TRawRequest } from "./hostile-http";
import { fillPath, type TJsonSchema, type TListedOperation } from "./hostile-operations";
import { MARKER, controlTexts, pathShapes, plausibleValue, segmentTexts, traversalTexts, urlTexts, type THostileTargets } from "./hostile-values";

/**
 * "refuse": a clear 4xx JSON error with a message. "data": text in a free-text field (a name,
 * a note) is data; it may be accepted, but only ever travels to the connection's own upstream.
 */
export type TExpectation = "refuse" | "data";
export type THostileCase = { group: string; what: string; request: TRawRequest; expect: TExpectation };
export type TCorpusContext = THostileTargets & { connectionId: string; otherVendorConnectionId: string; headers: Record<string, string> };

const MAX_BODY_BYTES = 64 * 1024;
const isChange = (method: string) => method !== "GET";
const propertiesOf = (input: TJsonSchema | null) => Object.entries(input?.properties ?? {});
/** A free-text field: a string with no pattern, enum or format that would refuse a URL or a dot. */
const isFreeText = (schema: TJsonSchema & { format?: string; const?: unknown }) => schema.type === "string" && !schema.pattern && !schema.enum && !schema.format && schema.const === undefined;
const fieldSchema = (schema: TJsonSchema): TJsonSchema => (schema.type === "array" && schema.items ? schema.items : (schema.anyOf?.find((s) => s.type !== "null") ?? schema));

/** Values for the required fields, so a hostile field (not a missing one) is what the server judges. */
function baseInput(input: TJsonSchema | null): Record<string, unknown> {
  return Object.fromEntries((input?.required ?? []).map((key) => [key, plausibleValue((input?.properties?.[key] ?? {}) as Parameters<typeof plausibleValue>[0])]));
}

function hostileTexts(targets: THostileTargets): Array<{ text: string; kind: "url" | "traversal" | "control" }> {
  return [
    ...urlTexts(targets).map((text) => ({ text, kind: "url" as const })),
    ...traversalTexts.map((text) => ({ text, kind: "traversal" as const })),
    ...controlTexts.map((text) => ({ text, kind: "control" as const })),
  ];
}

/** Every case for one operation; `vendorOperations` tells which methods its path has (for the 405 case). */
export function operationCases(operation: TListedOperation, vendorOperations: readonly TListedOperation[], ctx: TCorpusContext): THostileCase[] {
  const cases: THostileCase[] = [];
  const base = `/api/v/${operation.vendor}/${ctx.connectionId}/`;
  const plainPath = fillPath(operation.path, () => "1");
  const headers = isChange(operation.method) ? { ...ctx.headers, "content-type": "application/json" } : ctx.headers;
  const body = isChange(operation.method) ? JSON.stringify(baseInput(operation.input)) : undefined;
  const add = (group: string, what: string, request: Partial<TRawRequest>, expect: TExpectation = "refuse") =>
    cases.push({ group, what: `${operation.vendor}.${operation.name} ${what}`, expect, request: { method: operation.method, target: base + plainPath, headers, body, ...request } });

  // Path parameters, one at a time.
  const params = operation.path.split("/").filter((part) => part.startsWith(":")).map((part) => part.slice(1));
  for (const param of params) {
    for (const segment of segmentTexts(ctx)) add("path", `:${param}=${segment.slice(0, 40)}`, { target: base + fillPath(operation.path, (name) => (name === param ? segment : "1")) });
  }
  for (const shape of pathShapes(ctx)) {
    const target = base + shape(plainPath);
    if (target !== base + plainPath) add("path", `path ${shape(plainPath).slice(0, 60)}`, { target });
  }

  // Unknown operations and methods.
  add("operation", "unknown operation", { target: `${base}no-such-operation/${plainPath}` });
  const declared = new Set(vendorOperations.filter((other) => other.path === operation.path).map((other) => other.method));
  const undeclared = ["PUT", "PATCH", "DELETE", "POST", "GET"].find((method) => !declared.has(method));
  if (undeclared) add("operation", `method ${undeclared} the path does not have`, { method: undeclared, body: undefined, headers: ctx.headers });

  if (isChange(operation.method)) bodyCases(operation, ctx, add);
  else queryCases(operation, ctx, add);

  // The one-time code header goes to the vendor as a header: only digits pass.
  for (const otp of ["../../x", `//canary.invalid/${MARKER}`, "1234567890123", "12345", "123 456", "123456%0d%0a"]) add("header", `X-Vendor-OTP: ${otp}`, { headers: { ...headers, "x-vendor-otp": otp } });
  return cases;
}

type TAdd = (group: string, what: string, request: Partial<TRawRequest>, expect?: TExpectation) => void;

function queryCases(operation: TListedOperation, ctx: TCorpusContext, add: TAdd) {
  const target = `/api/v/${operation.vendor}/${ctx.connectionId}/${fillPath(operation.path, () => "1")}`;
  const base = Object.entries(baseInput(operation.input)).map(([k, v]) => [k, String(v)]);
  const query = (entries: string[][]) => `${target}?${new URLSearchParams(entries).toString()}`;
  // (No ?__proto__: Next.js drops that name before any handler sees the query.)
  for (const [name, value] of [["url", `${ctx.canaryOrigin}/${MARKER}`], ["redirect", `//canary.invalid/${MARKER}`], ["baseUrl", ctx.foreignOrigin], ["constructor", "x"], ["path", "../../etc/passwd"]]) {
    add("query", `unknown ?${name}`, { target: query([...base, [name!, value!]]) });
  }
  for (const [name, schema] of propertiesOf(operation.input)) {
    const free = isFreeText(fieldSchema(schema));
    for (const { text, kind } of hostileTexts(ctx)) {
      add("query", `?${name}=${JSON.stringify(text).slice(0, 40)}`, { target: query([...base.filter(([k]) => k !== name), [name, text]]) }, free && kind !== "control" ? "data" : "refuse");
    }
    add("query", `?${name} twice`, { target: query([...base.filter(([k]) => k !== name), [name, "1"], [name, `${ctx.canaryOrigin}/${MARKER}`]]) });
    add("query", `?${name} 10 000 characters`, { target: query([...base.filter(([k]) => k !== name), [name, "x".repeat(10_000)]]) }, free ? "data" : "refuse");
  }
}

function bodyCases(operation: TListedOperation, ctx: TCorpusContext, add: TAdd) {
  const base = baseInput(operation.input);
  const json = (value: unknown) => JSON.stringify(value);
  const withType = (type: string | undefined): Record<string, string> => (type === undefined ? { ...ctx.headers } : { ...ctx.headers, "content-type": type });
  // Media types other than JSON, or none at all, with a body.
  for (const [type, text] of [
    ["text/plain", json(base)], ["application/x-www-form-urlencoded", "url=http%3A%2F%2Fcanary.invalid"], ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--"],
    ["application/xml", "<a>b</a>"], ["application/json-patch+json", "[]"], ["text/json", json(base)], [undefined, json(base)],
  ] as Array<[string | undefined, string]>) add("content-type", `Content-Type ${type ?? "(none)"}`, { headers: withType(type), body: text });
  // Oversized, declared or streamed.
  add("size", "declared body over 64 KB", { body: json({ ...base, padding: "x".repeat(MAX_BODY_BYTES) }) });
  add("size", "1 MB chunked body with no length", { body: { chunks: 16, chunkBytes: 64 * 1024 } });
  add("size", "2 MB body with its Content-Length", { body: json({ ...base, padding: "x".repeat(2 * 1024 * 1024) }) });
  // Not the JSON object the operation reads.
  for (const text of ["{", "{\"a\":", "\uFEFF{}", "null", "[]", "\"text\"", "1", "true", `${"[".repeat(5_000)}${"]".repeat(5_000)}`, Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]).toString("latin1")]) {
    add("body", `body ${JSON.stringify(text).slice(0, 30)}`, { body: text });
  }
  add("body", "body nested 40 deep", { body: json({ ...base, nested: JSON.parse(`${"{\"a\":".repeat(40)}1${"}".repeat(40)}`) }) });
  // Fields the operation does not declare, carrying URLs and prototype keys.
  for (const extra of [{ url: `${ctx.canaryOrigin}/${MARKER}` }, { baseUrl: ctx.foreignOrigin }, { path: "../../../etc/passwd" }, { headers: { Host: "canary.invalid" } }]) {
    add("body", `unknown field ${Object.keys(extra)[0]}`, { body: json({ ...base, ...extra }) });
  }
  add("body", "__proto__ field", { body: `{${json(base).slice(1, -1)}${Object.keys(base).length ? "," : ""}"__proto__":{"role":"admin"}}` });
  add("query", "query string on a change", { target: `/api/v/${operation.vendor}/${ctx.connectionId}/${fillPath(operation.path, () => "1")}?url=${encodeURIComponent(`${ctx.canaryOrigin}/${MARKER}`)}` });
  // Hostile text in every declared field.
  for (const [name, schema] of propertiesOf(operation.input)) {
    const field = fieldSchema(schema);
    const free = isFreeText(field);
    for (const { text, kind } of hostileTexts(ctx)) {
      const value = schema.type === "array" ? [text] : text;
      add("body", `"${name}": ${JSON.stringify(text).slice(0, 40)}`, { body: json({ ...base, [name]: value }) }, free && kind !== "control" ? "data" : "refuse");
    }
  }
}

/** Vendors, connections and operations that do not exist, or not together. */
export function addressCases(vendor: string, firstPath: string, ctx: TCorpusContext): THostileCase[] {
  const get = (what: string, target: string): THostileCase => ({ group: "address", what, expect: "refuse", request: { method: "GET", target, headers: ctx.headers } });
  const host = new URL(ctx.canaryOrigin).host;
  return [
    get("unknown vendor", `/api/v/no-such-vendor/${ctx.connectionId}/${firstPath}`),
    get("vendor in capitals", `/api/v/${vendor.toUpperCase()}/${ctx.connectionId}/${firstPath}`),
    get("vendor traversal", `/api/v/..%2f..%2fusers/${ctx.connectionId}/${firstPath}`),
    get("vendor as URL", `/api/v/http:%2f%2f${host}/${ctx.connectionId}/${firstPath}`),
    get("connection of another vendor", `/api/v/${vendor}/${ctx.otherVendorConnectionId}/${firstPath}`),
    get("connection that does not exist", `/api/v/${vendor}/00000000-0000-4000-8000-000000000000/${firstPath}`),
    get("connection of 36 dashes", `/api/v/${vendor}/${"-".repeat(36)}/${firstPath}`),
    get("connection id with a traversal", `/api/v/${vendor}/${ctx.connectionId}%2f..%2f..%2f/${firstPath}`),
    get("env connection not configured", `/api/v/${vendor}/env:${vendor}/${firstPath}`),
    get("env connection of another vendor", `/api/v/${vendor}/env:nettica%2f..%2f${vendor}/${firstPath}`),
    get("connection as URL", `/api/v/${vendor}/http:%2f%2f${host}%2f${MARKER}/${firstPath}`),
    get("connection as protocol-relative URL", `/api/v/${vendor}/%2f%2f${host}/${firstPath}`),
    get("no operation at all", `/api/v/${vendor}/${ctx.connectionId}`),
    get("empty operation", `/api/v/${vendor}/${ctx.connectionId}/%20`),
  ];
}
