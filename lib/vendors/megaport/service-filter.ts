import type { TMegaportCompanyRef, TMegaportIxView, TMegaportLocationView, TMegaportServiceRow, TMegaportVxcView } from "./views";

export const GONE_STATUS = "DECOMMISSIONED";

/** "current" hides decommissioned services (the default); "all" shows every status. */
export type TStatusChoice = "current" | "all" | (string & {});

export type TServiceFilter = {
  type: "all" | (string & {});
  status: TStatusChoice;
  /** A locationKey, or "all". */
  location: string;
  /** A companyKey, or "all". */
  company: string;
  search: string;
};

export const DEFAULT_SERVICE_FILTER: TServiceFilter = { type: "all", status: "current", location: "all", company: "all", search: "" };

/** A service the filter keeps, with the VXCs and IXs to show under it. */
export type TServiceMatch = {
  service: TMegaportServiceRow;
  vxcs: TMegaportVxcView[];
  ixs: TMegaportIxView[];
  /** Shown only because one of its VXCs or IXs matched the search: open it to show which. */
  childMatched: boolean;
};

export const locationKey = (location: TMegaportLocationView | null) => (location ? String(location.id ?? location.name) : "none");
export const companyKey = (company: TMegaportCompanyRef) => company.uid ?? company.name ?? "none";

export function statusAllows(status: string, choice: TStatusChoice): boolean {
  if (choice === "all") return true;
  return choice === "current" ? status !== GONE_STATUS : status === choice;
}

const wordsOf = (search: string) => search.toLowerCase().split(/\s+/).filter(Boolean);
const matches = (line: { name: string; uid: string }, words: string[]) => {
  const text = `${line.name}\n${line.uid}`.toLowerCase();
  return words.every((word) => text.includes(word));
};

/**
 * The services the filter keeps. Type, status, location and company apply to ports, MCRs and MVEs;
 * a decommissioned VXC or IX stays hidden too unless decommissioned services are shown. The search
 * (every word, in the name or UID) keeps a service that matches with all its VXCs and IXs, or one
 * whose VXCs or IXs match with just those.
 */
export function filterServices(rows: readonly TMegaportServiceRow[], filter: TServiceFilter): TServiceMatch[] {
  const words = wordsOf(filter.search);
  const showGone = filter.status === "all" || filter.status === GONE_STATUS;
  const visible = <T extends { status: string }>(lines: T[]) => (showGone ? lines : lines.filter((line) => line.status !== GONE_STATUS));
  const out: TServiceMatch[] = [];
  for (const service of rows) {
    if (filter.type !== "all" && service.type !== filter.type) continue;
    if (filter.location !== "all" && locationKey(service.location) !== filter.location) continue;
    if (filter.company !== "all" && companyKey(service.company) !== filter.company) continue;
    if (!statusAllows(service.status, filter.status)) continue;
    const vxcs = visible(service.vxcs);
    const ixs = visible(service.ixs);
    if (words.length === 0 || matches(service, words)) {
      out.push({ service, vxcs, ixs, childMatched: false });
      continue;
    }
    const matchedVxcs = vxcs.filter((vxc) => matches(vxc, words));
    const matchedIxs = ixs.filter((ix) => matches(ix, words));
    if (matchedVxcs.length + matchedIxs.length > 0) out.push({ service, vxcs: matchedVxcs, ixs: matchedIxs, childMatched: true });
  }
  return out;
}

/** How many services each status choice would show, the other filters (type, location, company, search) applied. */
export function statusCounts(rows: readonly TMegaportServiceRow[], filter: TServiceFilter): Record<string, number> {
  const counts: Record<string, number> = { current: 0, all: 0 };
  for (const { service } of filterServices(rows, { ...filter, status: "all" })) {
    counts.all! += 1;
    if (service.status !== GONE_STATUS) counts.current! += 1;
    counts[service.status] = (counts[service.status] ?? 0) + 1;
  }
  return counts;
}

/** How many services each type would show, the other filters applied. */
export function typeCounts(rows: readonly TMegaportServiceRow[], filter: TServiceFilter): Record<string, number> {
  const counts: Record<string, number> = { all: 0 };
  for (const { service } of filterServices(rows, { ...filter, type: "all" })) {
    counts.all! += 1;
    counts[service.type] = (counts[service.type] ?? 0) + 1;
  }
  return counts;
}
