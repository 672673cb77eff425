import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { ensureAdminFromEnv } from "@/lib/server/first-admin";
import { countUsers } from "@/lib/server/users";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "First-run setup" };

/** Open only while there is no user at all; it closes itself once used. */
export default async function SetupPage() {
  await ensureAdminFromEnv();
  if ((await countUsers()) > 0) redirect("/login");
  return (
    <AuthCard title="Create the first admin" description="This page closes once the first account exists.">
      <SetupForm />
    </AuthCard>
  );
}
