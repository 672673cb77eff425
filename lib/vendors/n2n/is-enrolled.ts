import "server-only";
import { isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { getDevice } from "./client";

/** Whether N2N has the device now (read fresh): how an enrolment or unenrolment whose answer was lost is settled. */
export async function isEnrolled(conn: TUpstreamConnection, deviceId: string): Promise<boolean> {
  try {
    await getDevice(conn, deviceId, true);
    return true;
  } catch (error) {
    if (isVendorError(error) && error.status === 404) return false;
    throw error;
  }
}
