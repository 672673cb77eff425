"use client";

import { UsageSummary } from "@/components/n2n/usage-summary";
import type { TConnectionView } from "@/lib/vendors/connection";

/** Under an N2N connection's name: today's calls against its TPD quota and the current window against its TPS. */
export function N2nUsage({ connection }: { connection: TConnectionView }) {
  if (connection.vendor !== "n2n") return null;
  return <UsageSummary connectionId={connection.id} className="mt-0.5 text-xs font-normal text-zinc-500 tabular-nums dark:text-zinc-400" />;
}
