import type { TIpamBlockDetail } from "@/lib/vendors/provision/schemas";
import { DetailList } from "@/components/ui/detail-list";
import { RawFields } from "./block-fields";
import { fitsText, formatAddressCount } from "./format";
import { statusLabel } from "./status-badge";

const yesNo = (flag: boolean | null | undefined) => (flag ? "Yes" : "No");
const SECTION = "space-y-2";
const HEADING = "text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400";

/** The block's fields grouped as a planner reads them, then what is inside it, then everything raw. */
export function BlockDetailBody({ detail, onSelect }: { detail: TIpamBlockDetail; onSelect: (blockId: number) => void }) {
  const { block, fields, children, available } = detail;
  return (
    <div className="space-y-5">
      <section className={SECTION} aria-label="Resource">
        <h3 className={HEADING}>Resource</h3>
        <DetailList className="grid-cols-[8.5rem_1fr] gap-x-4 gap-y-1.5"
          items={[
            ["Resource", block.resourceId === null ? null : `${block.resourceName ?? "Resource"} (#${block.resourceId})`],
            ["Customer id", fields.custid],
            ["Status", statusLabel(block.status)],
          ]}
        />
      </section>
      <section className={SECTION} aria-label="Addresses">
        <h3 className={HEADING}>Addresses</h3>
        <DetailList className="grid-cols-[8.5rem_1fr] gap-x-4 gap-y-1.5"
          items={[
            ["Range", fields.range],
            ["Type", block.family === "ipv4" ? "IPv4" : "IPv6"],
            ["Mask", `/${block.mask}`],
            ["Size", `${formatAddressCount(block.size)} addresses`],
            ["First (decimal)", <span key="a" className="font-mono text-xs">{fields.address}</span>],
            ["Last (decimal)", <span key="e" className="font-mono text-xs">{fields.end_address}</span>],
            ["Block id", `${block.id}${fields.top_aggregate !== null && fields.top_aggregate !== block.id ? ` (aggregate ${fields.top_aggregate})` : ""}`],
          ]}
        />
      </section>
      <section className={SECTION} aria-label="Attributes">
        <h3 className={HEADING}>Attributes</h3>
        <DetailList className="grid-cols-[8.5rem_1fr] gap-x-4 gap-y-1.5"
          items={[
            ["RIR", block.rir],
            ["Region", block.region],
            ["VLAN", block.vlan],
            ["ASN", fields.asn],
            ["Tags", block.tags.join(", ")],
            ["Notes", block.notes],
            ["Description", fields.description],
            ["Code", fields.code ?? fields.generic_code],
            ["Sub-assignments", yesNo(fields.allowSubAssignments)],
            ["SWIP'd", yesNo(fields.is_swipped)],
          ]}
        />
      </section>
      <section className={SECTION} aria-label="Dates">
        <h3 className={HEADING}>Dates</h3>
        <DetailList className="grid-cols-[8.5rem_1fr] gap-x-4 gap-y-1.5" items={[["Assigned", fields.assigned_time], ["Last updated", fields.last_updated_time], ["ARIN SWIP", fields.arin_swip_time]]} />
      </section>
      {(children.length > 0 || available.length > 0) && (
        <section className={SECTION} aria-label="Inside this block">
          <h3 className={HEADING}>Inside this block</h3>
          <ul className="space-y-1 text-sm">
            {children.map((child) => (
              <li key={child.id} className="flex justify-between gap-2">
                <button type="button" onClick={() => onSelect(child.id)} className="font-mono text-sky-700 hover:underline dark:text-sky-400">
                  {child.cidr}
                </button>
                <span className="text-zinc-500">{child.resourceName ?? statusLabel(child.status)}</span>
              </li>
            ))}
            {available.map((range) => (
              <li key={range.cidr} className="flex justify-between gap-2">
                <span className="font-mono text-emerald-800 dark:text-emerald-300">{range.cidr}</span>
                <span className="text-zinc-500">available{fitsText(block.family, range.mask) ? ` · ${fitsText(block.family, range.mask)}` : ""}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RawFields block={fields} />
    </div>
  );
}
