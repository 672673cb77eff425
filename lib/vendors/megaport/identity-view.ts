import type { TMegaportCompany, TMegaportLogin } from "./schemas";
import type { TMegaportCompanyView, TMegaportPerson } from "./views";

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

/** The person of the login object — every field but the session token. */
export function toPerson(login: TMegaportLogin): TMegaportPerson {
  return {
    username: login.username,
    personId: login.personId ?? null,
    companyId: login.companyId,
    companyName: text(login.companyName),
    channelPartner: login.channelPartner ?? false,
    loginDate: login.loginDate,
    expiryDate: login.expiryDate,
    timeZone: text(login.timeZone),
    locale: text(login.locale),
    language: text(login.language),
  };
}

/** "1 Harbour Street, Sydney NSW 2000, Australia" from Megaport's address object (or a string). */
function addressOf(address: unknown): string | null {
  if (typeof address === "string") return text(address);
  if (!address || typeof address !== "object") return null;
  const a = address as Record<string, unknown>;
  const town = [a.city ?? a.suburb, a.state, a.postcode].map(text).filter(Boolean).join(" ");
  return [text(a.street), text(town), text(a.country)].filter(Boolean).join(", ") || null;
}

/** The companies the login holds permissions in, their own first, with the details Megaport gave. */
export function toCompanyView(
  companyId: number,
  found: { company: TMegaportCompany } | { problem: string },
  permissions: string[],
  home: boolean,
  knownName: string | null = null,
): TMegaportCompanyView {
  const company = "company" in found ? found.company : null;
  return {
    companyId,
    companyUid: text(company?.companyUid),
    companyName: company?.companyName ?? knownName ?? `Company ${companyId}`,
    legalName: text(company?.legalName),
    tradingName: text(company?.tradingName),
    country: text(company?.country),
    market: text(company?.market),
    www: text(company?.www),
    phone: text(company?.phone),
    address: addressOf(company?.address),
    permissions,
    home,
    problem: "problem" in found ? found.problem : null,
  };
}
