/** Marks every URL the corpus plants, so a request carrying one is recognised wherever it lands. */
export const MARKER = "hostile-canary";

export type THostileTargets = { canaryOrigin: string; foreignOrigin: string };

/** Absolute, protocol-relative and other-scheme URLs, as plain text. */
export const urlTexts = ({ canaryOrigin, foreignOrigin }: THostileTargets) => [
  `${canaryOrigin}/${MARKER}`,
  `//${new URL(canaryOrigin).host}/${MARKER}`,
  `${foreignOrigin}/${MARKER}`,
  `http://canary.invalid/${MARKER}`,
  `https://user:pass@canary.invalid:8443/${MARKER}?x=1#f`,
  `\\\\canary.invalid\\${MARKER}`,
  "file:///etc/passwd",
  "javascript:alert(1)",
];

/** Dot segments and separators, plain and encoded once or twice. */
export const traversalTexts = ["..", "../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "%252e%252e%252f", "....//....//", "..;/", "/"];

/** Line breaks and other control characters a header or a request line would take literally. */
export const controlTexts = ["probe\r\nX-Injected: 1", "probe\r\n\r\nGET / HTTP/1.1", "probe\u0000", "probe\rX", "\u001b[31mprobe"];

/** A path segment as sent on the wire: traversal, encoded separators, URLs, control characters, bad encodings. */
export const segmentTexts = ({ canaryOrigin }: THostileTargets) => {
  const host = new URL(canaryOrigin).host;
  return [
    "..", ".", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%2e", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f", "..%5c..%5c", "%5c", "a%2fb", "a%5cb",
    "%252e%252e", "%252f", "%25252e%25252e", "%c0%ae%c0%ae", "%00", "a%00b", "%0d%0aX-Injected:%201", "a%0ab", "%09",
    `http:%2f%2f${host}%2f${MARKER}`, `%2f%2f${host}%2f${MARKER}`, `http%3a%2f%2fcanary.invalid%2f${MARKER}`, `@${host}`, "a%3fb%3dc", "a%23b",
    "%", "%zz", "%e2%80%ae", "%ef%bc%8f", "x".repeat(300), "%20",
  ];
};

/** Whole-path shapes: dots and slashes between segments, URLs in place of the path. */
export const pathShapes = ({ canaryOrigin }: THostileTargets) => {
  const host = new URL(canaryOrigin).host;
  return [
    (path: string) => `${path}/..`,
    (path: string) => `${path}/../..`,
    (path: string) => `${path}/../../../../users`,
    (path: string) => `./${path}`,
    (path: string) => `${path}/./.`,
    (path: string) => `${path}%2f..%2f..`,
    (path: string) => `${path.replaceAll("/", "%2f")}`,
    (path: string) => `${path.replaceAll("/", "%5c")}`,
    (path: string) => `${path}/extra`,
    () => `http://${host}/${MARKER}`,
    () => `http:%2f%2f${host}%2f${MARKER}`,
    () => `%2f%2f${host}%2f${MARKER}`,
  ];
};

/** A value for a required field that satisfies its declared shape, so a hostile field is the only fault. */
export function plausibleValue(schema: { type?: string; enum?: unknown[]; const?: unknown; pattern?: string; minimum?: number; exclusiveMinimum?: number; default?: unknown; anyOf?: unknown[] }): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === "integer" || schema.type === "number") return Math.max(1, schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
  if (schema.type === "boolean") return false;
  if (schema.type === "array") return [];
  if (schema.type === "string") {
    const candidates = ["probe", "123456", "0011223344556677", "198.51.100.0/24", "probe@example.com", "2030-01-01T00:00:00.000Z"];
    return schema.pattern ? (candidates.find((text) => new RegExp(schema.pattern!, "u").test(text)) ?? "probe") : "probe";
  }
  return "probe";
}
