import "server-only";
import { apiKeyHeader } from "@/lib/server/upstream/strategies/api-key-header";

/** Nettica: the account's API key in `X-API-KEY` on every request. */
export const netticaAuth = apiKeyHeader({ header: "X-API-KEY", field: "apiKey" });
