import "server-only";
import type { z } from "zod";
import { credentialsHint, vendorLabel } from "../credentials";
import type { TReply, TUpstreamConnection } from "../types";
import { VendorError } from "../vendor-error";
import { errorFromReply, vendorSaid } from "../vendor-error-body";
import { parseJson } from "../vendor-fault";

/** A login reply read with its schema; refusals become "check the credentials" errors. */
export function readLoginReply<S extends z.ZodType>(conn: TUpstreamConnection, reply: TReply, schema: S): z.output<S> {
  const error = errorFromReply(conn, reply);
  if (error && [400, 401, 403].includes(reply.status)) {
    const said = vendorSaid(error.detail);
    throw new VendorError({
      vendor: conn.vendor,
      status: reply.status,
      code: "upstream_unauthorized",
      message: `${vendorLabel(conn)} refused the sign-in of connection "${conn.name}"${said}. Check ${credentialsHint(conn)} in Settings → Connections.`,
      detail: error.detail,
      vendorCode: error.vendorCode,
      traceId: error.traceId,
    });
  }
  if (error) throw error;
  const parsed = schema.safeParse(parseJson(reply.text));
  if (parsed.success) return parsed.data;
  throw new VendorError({
    vendor: conn.vendor,
    status: reply.status,
    code: "upstream_error",
    message: `${vendorLabel(conn)} answered the sign-in with something Patchbay does not understand. Check the base URL of connection "${conn.name}".`,
  });
}
