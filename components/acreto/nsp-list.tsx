import { cn } from "@/components/ui/cn";

const DOT: Record<string, string> = { green: "bg-emerald-500", red: "bg-red-500" };

/** The ecosystem's NSPs (Acreto's points of presence), each with its health as a coloured dot. */
export function NspList({ nsps }: { nsps: { name: string; status: string }[] }) {
  if (nsps.length === 0) return <span className="text-zinc-500 dark:text-zinc-400">None</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {nsps.map((nsp) => (
        <li key={nsp.name} className="inline-flex items-center gap-1.5 font-mono text-xs" title={`${nsp.name}: ${nsp.status}`}>
          <span aria-hidden className={cn("size-2 rounded-full", DOT[nsp.status] ?? "bg-amber-500")} />
          {nsp.name}
          <span className="sr-only"> ({nsp.status})</span>
        </li>
      ))}
    </ul>
  );
}
