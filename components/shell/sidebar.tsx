"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { hasRole, type TRole } from "@/lib/role-names";
import { cn } from "@/components/ui/cn";
import { NAV_ITEMS } from "./nav-items";

export function Sidebar({ role }: { role: TRole }) {
  const pathname = usePathname();
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5 p-3">
      {NAV_ITEMS.filter((item) => hasRole(role, item.role)).map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={isActive(item.href) ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-2 text-sm",
            isActive(item.href)
              ? "bg-sky-100 font-medium text-sky-900 dark:bg-sky-900/40 dark:text-sky-100"
              : "text-zinc-700 hover:bg-zinc-200/70 dark:text-zinc-300 dark:hover:bg-zinc-800",
          )}
        >
          <span className="block">{item.label}</span>
          {item.hint && <span className={cn("block text-xs", isActive(item.href) ? "text-sky-800 dark:text-sky-200" : "text-zinc-600 dark:text-zinc-400")}>{item.hint}</span>}
        </Link>
      ))}
    </nav>
  );
}
