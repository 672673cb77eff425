import type { Metadata } from "next";
import { UsersManager } from "@/components/users/users-manager";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser("admin", "/settings/users");
  return (
    <>
      <PageHeader title="Users" description="Who may sign in to Patchbay, with which role; their two-factor authentication and open sessions." />
      <UsersManager selfId={user.id} />
    </>
  );
}
