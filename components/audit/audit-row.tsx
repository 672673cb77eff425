"use client";

import { ChevronDown, ChevronRight } from "lucide-react";
import { Fragment, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { DetailList } from "@/components/ui/detail-list";
import { formatMoment } from "@/components/ui/format-time";
import { actionName } from "@/lib/audit/audit-actions";
import { targetName } from "@/lib/audit/audit-target";
import { detailLabel, detailValue, detailsSummary } from "./audit-details";
import type { TAuditRow } from "./use-audit";

const OUTCOME_TONE = { ok: "green", denied: "amber", failed: "red" } as const;
export const AUDIT_COLUMNS = ["Time", "User", "Action", "Target", "Outcome", "IP", "Details"] as const;

/** One event, and below it, when opened, every detail it carries with the raw codes. */
export function AuditEventRow({ event }: { event: TAuditRow }) {
  const [open, setOpen] = useState(false);
  const target = targetName(event);
  const detailsId = `audit-event-${event.id}-details`;
  const summary = detailsSummary(event.details);
  return (
    <Fragment>
      <tr className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
        <td className="px-3 py-2 whitespace-nowrap">
          <time dateTime={event.at} title={event.at}>
            {formatMoment(event.at)}
          </time>
        </td>
        <td className="px-3 py-2">{event.actorEmail ?? "—"}</td>
        <td className="px-3 py-2" title={event.action}>
          {actionName(event.action, event.outcome)}
        </td>
        <td className="px-3 py-2">
          {target ? (
            <span title={target.raw} className="block min-w-0 break-words">
              {target.name}
              {target.context && <span className="block text-xs text-zinc-500 dark:text-zinc-400">{target.context}</span>}
            </span>
          ) : (
            "—"
          )}
        </td>
        <td className="px-3 py-2">
          <Badge tone={OUTCOME_TONE[event.outcome]}>{event.outcome}</Badge>
        </td>
        <td className="px-3 py-2 font-mono text-xs">{event.ip ?? "—"}</td>
        <td className="px-3 py-2">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={`${open ? "Hide" : "Show"} details of event ${event.id}`}
            onClick={() => setOpen(!open)}
            className="flex max-w-xs items-start gap-1 rounded-md text-left text-xs text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
          >
            {open ? <ChevronDown size={14} aria-hidden className="shrink-0" /> : <ChevronRight size={14} aria-hidden className="shrink-0" />}
            <span className="min-w-0 break-words">{summary || "More"}</span>
          </button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="border-b border-zinc-100 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950/40">
          <td colSpan={AUDIT_COLUMNS.length} className="px-3 py-3">
            <DetailList
              items={[
                ...Object.entries(event.details).map(([key, value]): [string, string] => [detailLabel(key), detailValue(value)]),
                ["Action code", <code key="code" className="font-mono text-xs">{event.action}</code>],
                ["Recorded target", event.target ? <code key="target" className="font-mono text-xs break-all">{event.target}</code> : null],
                ["Event", `#${event.id} at ${event.at}`],
              ]}
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
