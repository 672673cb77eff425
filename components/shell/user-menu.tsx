"use client";

import { signOut } from "@/components/auth/auth-calls";
import { Button } from "@/components/ui/button";

export function UserMenu({ email, role }: { email: string; role: string }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="hidden text-zinc-600 sm:inline dark:text-zinc-400">
        {email} <span className="text-xs text-zinc-500">({role})</span>
      </span>
      <Button variant="secondary" size="sm" className="whitespace-nowrap" onClick={() => signOut("/login")}>
        Sign out
      </Button>
    </div>
  );
}
