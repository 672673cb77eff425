import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { accountHref, servicesHref } from "./megaport-keys";

/** The two Megaport pages of a connection: the account (who and what) and its services. */
export function MegaportTabs({ connectionId, current }: { connectionId: string; current: "account" | "services" }) {
  const tabs = [
    { id: "account", label: "Account", href: accountHref(connectionId) },
    { id: "services", label: "Services", href: servicesHref(connectionId) },
  ] as const;
  return (
    <nav aria-label="Megaport" className="mb-5 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
      {tabs.map((tab) => (
        <Link
          key={tab.id}
          href={tab.href}
          aria-current={tab.id === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.id === current
              ? "border-sky-600 text-sky-700 dark:border-sky-400 dark:text-sky-300"
              : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
