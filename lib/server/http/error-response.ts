import "server-only";
import { z } from "zod";
import { logger } from "../log";
import { HttpError } from "./errors";
import { vendorErrorResponse } from "./vendor-error-response";

/** Turns anything a handler throws into a JSON error the console can show; 5xx bodies carry no cause. */
export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) {
    const { fieldErrors, formErrors } = z.flattenError(error);
    const first = formErrors[0] ?? Object.entries(fieldErrors).map(([k, v]) => `${k}: ${(v as string[])[0]}`)[0];
    return Response.json({ error: "bad_request", message: first ?? "The request is not valid", fieldErrors }, { status: 400 });
  }
  if (error instanceof HttpError) {
    return Response.json({ error: error.code, message: error.message, fieldErrors: error.fieldErrors, ...error.extra }, { status: error.status });
  }
  const vendor = vendorErrorResponse(error);
  if (vendor) return vendor;
  logger.error({ err: error }, "unhandled error in route handler");
  return Response.json({ error: "internal_error", message: "Something went wrong on the server. The details are in its log." }, { status: 500 });
}
