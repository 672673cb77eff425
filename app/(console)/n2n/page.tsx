import { AreaPending } from "@/components/shell/area-pending";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export default async function Page() {
  await requirePageUser("viewer", "/n2n");
  return <AreaPending vendor="n2n" />;
}
