import "server-only";

/** An error whose message is safe and useful to show the admin, with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }

  /** More for the console than the message (a lost change's outcome), sent in the body beside it. */
  get extra(): Record<string, unknown> | undefined {
    return undefined;
  }
}

export const badRequest = (message: string, fieldErrors?: Record<string, string[]>) =>
  new HttpError(400, "bad_request", message, fieldErrors);
export const notFound = (what: string) => new HttpError(404, "not_found", `${what} not found`);
export const conflict = (message: string) => new HttpError(409, "conflict", message);
export const forbiddenError = (message = "You do not have permission to do this") =>
  new HttpError(403, "forbidden", message);
