import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import type { TMegaportCompanyView } from "@/lib/vendors/megaport/views";
import { permissionLabel } from "./format";
import { servicesHref } from "./megaport-keys";

/** One company the user (or API key) may act for: its details and the permissions held there. */
export function CompanyCard({ company, connectionId }: { company: TMegaportCompanyView; connectionId: string }) {
  const headingId = `company-${company.companyId ?? company.companyUid}`;
  const { permissions } = company;
  return (
    <Card aria-labelledby={headingId} data-testid="megaport-company" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {company.companyName} {company.companyId !== null && <span className="text-sm font-normal text-zinc-500 tabular-nums dark:text-zinc-400">#{company.companyId}</span>}
        </h3>
        {permissions === null ? <Badge tone="blue">API key</Badge> : company.home ? <Badge tone="blue">Own company</Badge> : <Badge>Service agent</Badge>}
      </div>
      <div>
        <h4 className="mb-1 text-xs font-medium text-zinc-500 uppercase dark:text-zinc-400">Permissions{permissions && ` (${permissions.length})`}</h4>
        {permissions === null ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">An API key acts for its company with the role chosen when the key was made (Company Admin or Read Only); Megaport does not report it.</p>
        ) : permissions.length === 0 ? (
          <p className="text-sm text-zinc-500">None in this company.</p>
        ) : (
          <ul aria-label={`Permissions in ${company.companyName}`} className="flex flex-wrap gap-1">
            {permissions.map((permission) => (
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
      {company.home ? (
        <Link href={servicesHref(connectionId)} className="inline-block text-sm text-sky-700 hover:underline dark:text-sky-400">
          Services of {company.companyName} →
        </Link>
      ) : (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Megaport lists the services of the signed-in company only; sign in as a user of this company to see its services.</p>
      )}
    </Card>
  );
}
