"use client";

import { Button } from "@/components/ui/button";
import type { TConnectionView } from "@/lib/vendors/connection";
import { useTestConnection } from "./use-connections";

/** Makes one signed call and shows the outcome and latency beside the button. */
export function TestButton({ connection }: { connection: TConnectionView }) {
  const test = useTestConnection();
  const result = test.data;
  return (
    <span className="inline-flex items-center gap-2">
      {test.isPending && <span className="text-xs text-zinc-500">Testing…</span>}
      {result && (
        <span role="status" className={`text-xs ${result.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-600 dark:text-red-400"}`}>
          {result.ok ? `OK · ${result.latencyMs} ms` : result.message}
        </span>
      )}
      {test.error && <span role="status" className="text-xs text-red-600">{test.error.message}</span>}
      <Button size="sm" variant="secondary" disabled={test.isPending} onClick={() => test.mutate(connection.id)} aria-label={`Test ${connection.name}`}>
        Test
      </Button>
    </span>
  );
}
