"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { PartLoading } from "@/components/ui/lazy-part";
import { MfaCard } from "./mfa-card";
import { SessionsCard } from "./sessions-card";

// Its form (react-hook-form) loads beside the page, not in its first load.
const ChangePasswordCard = dynamic(() => import("./change-password-card").then((m) => m.ChangePasswordCard), { ssr: false, loading: PartLoading });

/** The signed-in user's own security: two-factor authentication, password and sessions. */
export function SecurityView({ email, mustEnrol }: { email: string; mustEnrol: boolean }) {
  const router = useRouter();
  return (
    <div className="max-w-4xl space-y-6">
      {mustEnrol && (
        <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          An admin requires two-factor authentication for every user. Set it up here to use the console.
        </div>
      )}
      {/* Once enrolled, the server lets the user into the rest of the console. */}
      <MfaCard email={email} onEnrolled={() => router.refresh()} />
      <ChangePasswordCard />
      <SessionsCard />
    </div>
  );
}
