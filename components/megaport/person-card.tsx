import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { formatMoment } from "@/components/ui/format-time";
import type { TMegaportPerson } from "@/lib/vendors/megaport/views";

/** Megaport's time zone "1000" or "-0800" as "UTC+10:00" / "UTC−08:00". */
export function formatTimeZone(zone: string | null): string {
  const match = zone ? /^([+-]?)(\d{1,2})(\d{2})$/.exec(zone) : null;
  if (!match) return zone ?? "";
  return `UTC${match[1] === "-" ? "−" : "+"}${match[2]!.padStart(2, "0")}:${match[3]}`;
}

/** The person the connection signs in as, from Megaport's login object. */
export function PersonCard({ person }: { person: TMegaportPerson }) {
  return (
    <Card aria-labelledby="person-heading">
      <h2 id="person-heading" className="mb-3 font-semibold">
        Signed in as
      </h2>
      <DetailList
        items={[
          ["Username", <span key="u" className="font-medium" data-testid="megaport-username">{person.username}</span>],
          ["Name", person.name],
          ["Person ID", person.personId === null ? "" : String(person.personId)],
          ["Company", [person.companyName, person.companyId === null ? null : `(${person.companyId})`].filter(Boolean).join(" ")],
          ["Channel partner", person.channelPartner ? "Yes" : "No"],
          ["Signed in", person.loginDate === null ? "" : formatMoment(person.loginDate)],
          ["Session expires", person.expiryDate === null ? "When Megaport ends it" : formatMoment(person.expiryDate)],
          ["Time zone", formatTimeZone(person.timeZone)],
          ["Locale", [person.locale, person.language].filter(Boolean).join(" · ")],
        ]}
      />
    </Card>
  );
}
