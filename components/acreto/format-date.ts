const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** "12 Apr 2023" in the admin's locale; an unreadable date as Acreto sent it. */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dateFormat.format(ms);
}
