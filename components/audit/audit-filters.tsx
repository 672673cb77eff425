"use client";

import { Input, Select } from "@/components/ui/input";
import { AUDIT_ACTION_GROUPS } from "@/lib/audit/audit-action-groups";
import { RANGE_PRESETS, type TRangeChoice, type TRangePreset } from "./audit-range";

export type TAuditFilterState = { q: string; action: string; outcome: string; range: TRangeChoice };

/** The trail's filters in one bar: search, kind of action, outcome and date range. */
export function AuditFilters({ value, onChange, rangeProblem }: { value: TAuditFilterState; onChange: (next: TAuditFilterState) => void; rangeProblem: string | null }) {
  const set = (patch: Partial<TAuditFilterState>) => onChange({ ...value, ...patch });
  const setRange = (patch: Partial<TRangeChoice>) => set({ range: { ...value.range, ...patch } });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input type="search" aria-label="Search the audit trail" placeholder="Search user, target, address or details…" value={value.q} onChange={(e) => set({ q: e.target.value })} className="max-w-xs" />
      <Select aria-label="Action" value={value.action} onChange={(e) => set({ action: e.target.value })} className="w-48">
        <option value="">All actions</option>
        {AUDIT_ACTION_GROUPS.map((group) => (
          <option key={group.prefix} value={group.prefix}>
            {group.label}
          </option>
        ))}
      </Select>
      <Select aria-label="Outcome" value={value.outcome} onChange={(e) => set({ outcome: e.target.value })} className="w-40">
        <option value="">All outcomes</option>
        <option value="ok">ok</option>
        <option value="failed">failed</option>
        <option value="denied">denied</option>
      </Select>
      <Select aria-label="Date range" value={value.range.preset} onChange={(e) => setRange({ preset: e.target.value as TRangePreset, anchorMs: Date.now() })} className="w-40">
        {RANGE_PRESETS.map((preset) => (
          <option key={preset.value} value={preset.value}>
            {preset.label}
          </option>
        ))}
      </Select>
      {value.range.preset === "custom" && (
        <>
          <Input type="date" aria-label="From (day)" value={value.range.fromDay} max={value.range.toDay || undefined} onChange={(e) => setRange({ fromDay: e.target.value })} className="w-40" aria-invalid={Boolean(rangeProblem)} />
          <span className="text-sm text-zinc-500" aria-hidden>
            to
          </span>
          <Input type="date" aria-label="To (day)" value={value.range.toDay} min={value.range.fromDay || undefined} onChange={(e) => setRange({ toDay: e.target.value })} className="w-40" aria-invalid={Boolean(rangeProblem)} />
        </>
      )}
      {rangeProblem && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {rangeProblem}
        </p>
      )}
    </div>
  );
}
