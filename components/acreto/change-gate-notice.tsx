import { AlertTriangle, LifeBuoy } from "lucide-react";
import type { TAcretoChangeGate } from "@/lib/vendors/acreto/schemas";

/** Why changes are blocked; an ecosystem in error gets the vendor's advice: contact Acreto support. */
export function ChangeGateNotice({ id, status, gate }: { id: string; status: string; gate: TAcretoChangeGate }) {
  if (gate.canChange) return null;
  if (status === "ecosystem_error") {
    return (
      <div id={id} role="alert" className="flex gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200" data-testid="change-gate">
        <LifeBuoy size={18} aria-hidden className="mt-0.5 shrink-0" />
        <div>
          <p className="font-semibold">This ecosystem is in error: contact Acreto support.</p>
          <p className="mt-1">Acreto accepts no change to it until support has fixed it, so creating, editing or deleting Things and committing are turned off.</p>
        </div>
      </div>
    );
  }
  return (
    <p id={id} className="flex items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-200" data-testid="change-gate">
      <AlertTriangle size={16} aria-hidden className="shrink-0" />
      {gate.reason ?? "Acreto accepts no change to this ecosystem right now."}
    </p>
  );
}
