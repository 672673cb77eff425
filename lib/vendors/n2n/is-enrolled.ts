import "server-only";
import { VendorError, isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { getDevice, unenrolDevice } from "./client";

/** A change whose reply never came (timeout, dropped connection, gateway error): N2N may have done it. */
const mayHaveHappened = (error: unknown): error is VendorError => isVendorError(error) && (error.code === "upstream_timeout" || error.code === "upstream_unavailable");

async function isGone(conn: TUpstreamConnection, deviceId: string): Promise<boolean | null> {
  try {
    await getDevice(conn, deviceId, true);
    return false;
  } catch (error) {
    return isVendorError(error) && error.status === 404 ? true : null;
  }
}

/**
 * Unenrols a device, once. When N2N's answer is lost, the device is read back instead of sending
 * the DELETE again: gone means it was done; still there (or unknown) is said in the error.
 */
export async function unenrolOnce(conn: TUpstreamConnection, deviceId: string): Promise<void> {
  try {
    await unenrolDevice(conn, deviceId);
  } catch (error) {
    if (!mayHaveHappened(error)) throw error;
    const gone = await isGone(conn, deviceId);
    if (gone) return;
    const state = gone === false ? `Reading it back shows ${deviceId} is still enrolled` : `Patchbay could not read ${deviceId} back either, so it may or may not be unenrolled`;
    throw new VendorError({ vendor: error.vendor, status: error.status, code: error.code, detail: error.detail, message: `${error.message} ${state}; unenrol it again if you still mean to.` });
  }
}
