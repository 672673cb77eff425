import { cn } from "@/components/ui/cn";
import { formatPercent } from "./format";

const toneOf = (fraction: number) => (fraction >= 0.9 ? "bg-red-500" : fraction >= 0.7 ? "bg-amber-500" : "bg-sky-600 dark:bg-sky-500");

/** Assigned addresses / size as a bar, with the percentage as text (a meter for screen readers). */
export function UtilisationBar({ cidr, utilisation }: { cidr: string; utilisation: number }) {
  const text = formatPercent(utilisation);
  // A sliver of space in use still shows as a sliver, not as nothing.
  const width = utilisation === 0 ? 0 : Math.max(utilisation * 100, 1.5);
  return (
    <div
      role="meter"
      aria-label={`Utilisation of ${cidr}`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Number((utilisation * 100).toFixed(4))}
      aria-valuetext={`${text} assigned`}
      className="flex items-center gap-2"
    >
      <div className="h-2 w-20 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700" aria-hidden>
        <div className={cn("h-full rounded-full", toneOf(utilisation))} style={{ width: `${width}%` }} />
      </div>
      <span className="w-14 text-xs tabular-nums text-zinc-700 dark:text-zinc-300">{text}</span>
    </div>
  );
}
