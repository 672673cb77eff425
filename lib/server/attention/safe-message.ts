import "server-only";
import { log } from "@/lib/server/log";
import { redactText, scrubSecrets } from "@/lib/server/redact";
import { isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { secretValuesOf } from "@/lib/server/upstream/credentials";

export const CHECK_FAILED_UNEXPECTEDLY = "The check failed unexpectedly; the details are in the server log.";

/** Any vendor text shown on the overview, with the connection's secrets and every URL's secret parameters masked. */
export function safeText(connection: TUpstreamConnection, text: string): string {
  return redactText(scrubSecrets(text, secretValuesOf(connection))).slice(0, 300);
}

/** Why a connection could not be checked, for any signed-in role: a vendor's failure in its words, anything else only in the log. */
export function safeMessage(connection: TUpstreamConnection, error: unknown): string {
  if (isVendorError(error)) return safeText(connection, error.message);
  log.error({ err: error, vendor: connection.vendor, connection: connection.id }, "attention check failed unexpectedly");
  return CHECK_FAILED_UNEXPECTEDLY;
}
