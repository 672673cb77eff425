import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { sessionState } from "@/lib/server/auth/current-user";
import { ensureAdminFromEnv } from "@/lib/server/first-admin";
import { countUsers } from "@/lib/server/users";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  await ensureAdminFromEnv();
  if ((await countUsers()) === 0) redirect("/setup");
  if (await sessionState()) redirect("/");
  return (
    <AuthCard title="Sign in" description="Five network vendors behind one login.">
      <Suspense>
        <LoginForm />
      </Suspense>
    </AuthCard>
  );
}
