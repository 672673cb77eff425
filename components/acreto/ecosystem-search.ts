import type { TAcretoEcosystemRow } from "@/lib/vendors/acreto/schemas";
import { statusLook } from "./ecosystem-status";

/** Ecosystems whose name, status, NSPs or owner contain every word of the search. */
export function searchEcosystems(ecosystems: TAcretoEcosystemRow[], search: string, customerName = ""): TAcretoEcosystemRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return ecosystems;
  return ecosystems.filter((ecosystem) => {
    const text = [customerName, ecosystem.name, statusLook(ecosystem.status).label, ...ecosystem.nsps.map((nsp) => nsp.name), ecosystem.owner?.fullName, ecosystem.owner?.username]
      .join("\n")
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
