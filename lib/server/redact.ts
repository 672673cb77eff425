import "server-only";

const SENSITIVE_NAMES = new Set([
  "apikey", "xapikey", "password", "passwd", "secret", "secretkey", "totpsecret", "clientsecret",
  "token", "accesstoken", "refreshtoken", "idtoken", "session", "sessionid", "xauthtoken",
  "hash", "key", "signature", "authorization", "proxyauthorization", "cookie", "setcookie",
  "otp", "xotp", "privatekey", "presharedkey", "barcode",
  // A Nettica device's own secrets (its apiKey and serviceApiKey match the suffix below).
  "ezcode", "instanceid", "push", "voip",
]);
const SENSITIVE_SUFFIXES = ["password", "secret", "token", "apikey", "privatekey", "secretkey"];

/** Whether a field, header or query parameter of this name holds a secret. */
export function isSensitiveName(name: string): boolean {
  const plain = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SENSITIVE_NAMES.has(plain) || SENSITIVE_SUFFIXES.some((suffix) => plain.endsWith(suffix));
}

/** `nettica-api-…9f2c` → `nett…9f2c`; values under 16 characters are masked whole. */
export function mask(value: string): string {
  if (/^(?:[^…]{4}…[^…]{4}|\*{4})$/.test(value)) return value; // already masked
  return value.length >= 16 ? `${value.slice(0, 4)}…${value.slice(-4)}` : "****";
}

function maskParam(pair: string): string {
  const at = pair.indexOf("=");
  if (at < 0) return pair;
  const name = safeDecode(pair.slice(0, at));
  return isSensitiveName(name) ? `${pair.slice(0, at)}=${mask(safeDecode(pair.slice(at + 1)))}` : pair;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Masks secret query parameters (token, apiKey, hash, …) and URL passwords, keeping the rest as sent. */
export function redactUrl(url: string): string {
  const withoutUser = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@?#]*)@/i, (_all, scheme: string) => `${scheme}****@`);
  const q = withoutUser.indexOf("?");
  if (q < 0) return withoutUser;
  const hashAt = withoutUser.indexOf("#", q);
  const end = hashAt < 0 ? withoutUser.length : hashAt;
  const query = withoutUser.slice(q + 1, end).split("&").map(maskParam).join("&");
  return `${withoutUser.slice(0, q)}?${query}${withoutUser.slice(end)}`;
}

/** Masks the value of a secret field; an Authorization value keeps its scheme ("Bearer abcd…wxyz"). */
function maskField(name: string, value: string): string {
  const scheme = /authorization$/i.test(name) ? /^([A-Za-z][\w-]*) (\S.*)$/.exec(value) : null;
  return scheme ? `${scheme[1]} ${mask(scheme[2])}` : mask(value);
}

/** Masks credential headers (Authorization, X-API-KEY, X-Auth-Token, X-OTP, Cookie…). */
export function redactHeaders(headers: Headers | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, raw] of entries) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(", ") : String(raw);
    out[name] = isSensitiveName(name) ? maskField(name, value) : value;
  }
  return out;
}

/** Replaces every occurrence of the given secrets (as sent or percent-encoded) in free text. */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(mask(secret));
  }
  return out;
}

// A URL with a query anywhere in a text: "GET https://api.megaport.com/v2/products?token=… failed".
const URL_WITH_QUERY = /https?:\/\/[^\s"'<>`]*\?[^\s"'<>`]*/gi;

/** Free text with the secret query parameters of every URL in it masked (error messages, stacks). */
export function redactText(text: string): string {
  return text.replace(URL_WITH_QUERY, (url) => redactUrl(url));
}

/** A deep copy with secret-named fields masked and URLs in strings redacted; safe to log or audit. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Error) {
    const fields = redactValue({ ...value }, depth + 1) as Record<string, unknown>;
    return { type: value.name, message: redactText(value.message), ...fields, stack: value.stack && redactText(value.stack) };
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    if (!isSensitiveName(name)) out[name] = redactValue(field, depth + 1);
    else if (typeof field === "string") out[name] = maskField(name, field);
    else out[name] = field === null || field === undefined || typeof field === "boolean" ? field : "****";
  }
  return out;
}
