import type { TMegaportCompany, TMegaportEmployee, TMegaportLogin } from "./account-schemas";
import type { TMegaportCompanyView, TMegaportPerson, TMegaportUserView } from "./views";

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);
const joined = (...parts: unknown[]) => parts.map(text).filter(Boolean).join(" ") || null;

/** The person of the login object — every field but the session token. */
export function toPerson(login: TMegaportLogin): TMegaportPerson {
  return {
    username: login.username ?? "",
    name: joined(login.firstName, login.lastName),
    personId: login.personId,
    companyId: login.companyId,
    companyName: text(login.companyName),
    channelPartner: login.channelPartner,
    loginDate: login.loginDate,
    expiryDate: login.expiryDate,
    timeZone: text(login.timeZone),
    locale: text(login.locale),
    language: text(login.language),
  };
}

/** One company user from /v2/employment, named as the portal names them. */
export function toUserView(employee: TMegaportEmployee): TMegaportUserView {
  return {
    personId: employee.personId ?? employee.partyId,
    name: text(employee.name) ?? joined(employee.firstName, employee.lastName) ?? text(employee.email) ?? text(employee.username) ?? "—",
    email: text(employee.email) ?? text(employee.username),
    position: text(employee.position),
    active: employee.active,
    mfaEnabled: employee.mfaEnabled,
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

/** What is known of a company before its details are read: from the login's permissions, or an API key's products and users. */
export type TCompanyKnown = { id: number | null; uid: string | null; name: string | null; permissions: string[] | null; home: boolean };

/** A company the connection acts for, with the details Megaport gave (or why it gave none). */
export function toCompanyView(known: TCompanyKnown, found: { company: TMegaportCompany } | { problem: string }): TMegaportCompanyView {
  const company = "company" in found ? found.company : null;
  const companyId = company?.companyId ?? known.id;
  const companyUid = text(company?.companyUid) ?? known.uid;
  return {
    companyId,
    companyUid,
    companyName: text(company?.companyName) ?? text(company?.tradingName) ?? known.name ?? `Company ${companyId ?? companyUid ?? ""}`.trim(),
    legalName: text(company?.legalName),
    tradingName: text(company?.tradingName),
    country: text(company?.country),
    market: text(company?.market),
    www: text(company?.www),
    phone: text(company?.phone),
    address: addressOf(company?.address),
    permissions: known.permissions,
    home: known.home,
    problem: "problem" in found ? found.problem : null,
  };
}
