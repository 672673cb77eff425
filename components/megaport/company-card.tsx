import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import type { TMegaportCompanyView } from "@/lib/vendors/megaport/views";
import { permissionLabel } from "./format";
import { servicesHref } from "./megaport-keys";

/** One company the user may act for: its details and the permissions held there. */
export function CompanyCard({ company, connectionId }: { company: TMegaportCompanyView; connectionId: string }) {
  const headingId = `company-${company.companyId}`;
  const mayListServices = company.permissions.includes("services");
  return (
    <Card aria-labelledby={headingId} data-testid="megaport-company" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {company.companyName} <span className="text-sm font-normal text-zinc-500 tabular-nums dark:text-zinc-400">#{company.companyId}</span>
        </h3>
        {company.home ? <Badge tone="blue">Own company</Badge> : <Badge>Service agent</Badge>}
      </div>
      <div>
        <h4 className="mb-1 text-xs font-medium text-zinc-500 uppercase dark:text-zinc-400">Permissions ({company.permissions.length})</h4>
        {company.permissions.length === 0 ? (
          <p className="text-sm text-zinc-500">None in this company.</p>
        ) : (
          <ul aria-label={`Permissions in ${company.companyName}`} className="flex flex-wrap gap-1">
            {company.permissions.map((permission) => (
              <li key={permission} title={permission}>
                <Badge tone={permission === "company_admin" ? "amber" : "gray"}>{permissionLabel(permission)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
      {company.problem ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          Megaport did not show this company&apos;s details: {company.problem}
        </p>
      ) : (
        <DetailList
          items={[
            ["Legal name", company.legalName],
            ["Trading name", company.tradingName],
            ["Country", [company.country, company.market].filter(Boolean).join(" · ")],
            ["Address", company.address],
            ["Phone", company.phone],
            ["Website", company.www],
            ["Company UID", company.companyUid && <span key="uid" className="font-mono text-xs">{company.companyUid}</span>],
          ]}
        />
      )}
      {mayListServices && (
        <Link href={`${servicesHref(connectionId)}&company=${company.companyId}`} className="inline-block text-sm text-sky-700 hover:underline dark:text-sky-400">
          Services of {company.companyName} →
        </Link>
      )}
    </Card>
  );
}
