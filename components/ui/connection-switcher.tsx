"use client";

import { usePathname, useRouter } from "next/navigation";
import { Select } from "./input";

export type TConnectionOption = { id: string; name: string };

/** Picks one of a vendor's connections; the choice lives in the URL (?connection=<id>), so it can be shared and survives a reload. */
export function ConnectionSwitcher({ connections, selectedId }: { connections: TConnectionOption[]; selectedId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  if (connections.length < 2) return null;
  return (
    <label className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-300">
      Connection
      <Select value={selectedId} onChange={(event) => router.push(`${pathname}?connection=${encodeURIComponent(event.target.value)}`)} className="w-56">
        {connections.map((connection) => (
          <option key={connection.id} value={connection.id}>
            {connection.name}
          </option>
        ))}
      </Select>
    </label>
  );
}
