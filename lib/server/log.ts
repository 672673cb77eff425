import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { mask, redactHeaders, redactUrl, redactValue } from "./redact";

// Belt and braces: known paths are censored by pino itself, everything else passes redactValue.
const REDACT_PATHS = [
  "password", "*.password", "apiKey", "*.apiKey", "secretKey", "*.secretKey", "totpSecret", "*.totpSecret",
  "token", "*.token", "accessToken", "*.accessToken", "access_token", "*.access_token", "session", "*.session",
  "hash", "*.hash", "otp", "*.otp", "authorization", "*.authorization", 'headers["x-api-key"]',
  'headers["x-auth-token"]', 'headers["x-otp"]', "headers.cookie", 'headers["set-cookie"]',
];

function censor(value: unknown): unknown {
  return typeof value === "string" ? mask(value) : value === undefined ? undefined : "****";
}

/** A pino logger that masks keys, passwords, tokens and hashes; tests pass their own destination. */
export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info")): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor },
    serializers: {
      url: (url: unknown) => (typeof url === "string" ? redactUrl(url) : url),
      headers: (headers: unknown) =>
        headers && typeof headers === "object" ? redactHeaders(headers as Record<string, string>) : headers,
      // formatters.log (below) runs first and already turned errors into redacted plain objects.
      err: (err: unknown) => err,
    },
    formatters: { log: (object) => redactValue(object) as Record<string, unknown> },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();
export const log = logger;
