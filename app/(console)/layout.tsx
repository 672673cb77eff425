import Link from "next/link";
import type { ReactNode } from "react";
import { ResendHost } from "@/components/change-outcome/resend-host";
import { QueryProvider } from "@/components/query-provider";
import { SearchTrigger } from "@/components/search/search-trigger";
import { MobileNav } from "@/components/shell/mobile-nav";
import { Sidebar } from "@/components/shell/sidebar";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // Each page checks its own role and sends users who must still enrol in MFA to the security page.
  const user = await requirePageUser("viewer", "/", { allowMfaEnrolment: true });
  return (
    <QueryProvider>
      <div className="flex min-h-screen">
        <aside className="sticky top-0 hidden h-screen w-56 shrink-0 overflow-y-auto border-r border-zinc-200 bg-white md:block dark:border-zinc-800 dark:bg-zinc-900">
          <Link href="/" className="block px-6 pt-5 pb-2 text-lg font-semibold tracking-tight">
            Patchbay
          </Link>
          <Sidebar role={user.role} />
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center justify-end gap-2 border-b border-zinc-200 bg-white px-3 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900">
            <MobileNav role={user.role} />
            <SearchTrigger role={user.role} />
            <ThemeToggle />
            <UserMenu email={user.email} role={user.role} />
          </header>
          <main className="flex-1 p-3 sm:p-6">{children}</main>
        </div>
      </div>
      <ResendHost />
    </QueryProvider>
  );
}
