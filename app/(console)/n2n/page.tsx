import type { Metadata } from "next";
import { DevicesView } from "@/components/n2n/devices-view";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";
import { hasRole } from "@/lib/roles";
import { ZN2nDeviceListInput, type TN2nDeviceListInput } from "@/lib/vendors/n2n/schemas";

export const metadata: Metadata = { title: "N2N DL devices" };

type TSearch = Record<string, string | string[] | undefined>;

/** The page in the address bar, or the first page of 200 when it names none (or a page N2N would refuse). */
function initialPage(search: TSearch): TN2nDeviceListInput {
  const one = (key: string) => (typeof search[key] === "string" && search[key] !== "" ? search[key] : undefined);
  const parsed = ZN2nDeviceListInput.safeParse({ limit: one("limit"), skip: one("skip"), enterpriseId: one("enterpriseId") });
  return parsed.success ? parsed.data : ZN2nDeviceListInput.parse({});
}

export default async function N2nPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const user = await requirePageUser("viewer", "/n2n");
  const search = await searchParams;
  const connections = await connectionOptions("n2n");
  const selected = pickConnection(connections, search.connection);
  if (!selected) return <NoConnection vendor="n2n" canManage={user.role === "admin"} />;
  // Keyed by connection, so switching starts on the first page with a fresh search.
  return <DevicesView key={selected.id} connections={connections} connectionId={selected.id} initialPage={initialPage(search)} canEnrol={hasRole(user.role, "operator")} />;
}
