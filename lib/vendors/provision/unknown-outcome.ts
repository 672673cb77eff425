import "server-only";
import { isVendorError, VendorError } from "@/lib/server/upstream/vendor-error";
import type { TReadBack } from "./read-back";

/** No answer (timeout, dropped connection) or a gateway's 502/504: ProVision may have acted before the answer was lost. */
const outcomeUnknown = (error: VendorError) => error.status === 0 || error.status === 502 || error.status === 504;

/**
 * Runs one change. When its answer is lost the change may have happened: Patchbay never sends it
 * again (the core does not retry it either). It reads ProVision back and says what it found instead
 * of "try again", so the admin looks before sending it again (the page reloads after a failed change).
 */
export async function withUnknownOutcome<T>(what: string, send: () => Promise<T>, readBack?: TReadBack): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!isVendorError(error) || !outcomeUnknown(error)) throw error;
    const lost = error.code === "upstream_timeout" ? "did not come in time" : "was lost";
    const found = readBack ? await readBack().catch(() => null) : null;
    throw new VendorError({
      vendor: error.vendor,
      status: error.status,
      code: error.code,
      detail: error.detail ?? error.message,
      retryable: false,
      message: found
        ? `ProVision's answer to ${what} ${lost}. Patchbay did not send it again; reading ProVision back shows ${found}. Check that before you try again.`
        : `ProVision's answer to ${what} ${lost}, so the change may or may not have been made. Patchbay did not send it again: check the blocks as ProVision has them now before you try again.`,
    });
  }
}
