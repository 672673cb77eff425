import "server-only";
import { acretoEcosystemHref } from "@/lib/attention/item-hrefs";
import { acretoCustomers, type TAcretoCustomer } from "@/lib/vendors/acreto/auth";
import { listEcosystems, listThings } from "@/lib/vendors/acreto/client";
import type { TAcretoEcosystem, TAcretoThing } from "@/lib/vendors/acreto/schemas";
import { field, type TSearchEntry, type TVendorEntries } from "./search-entry";

/**
 * Acreto lists Things per ecosystem only: one GET each. Beyond this many ecosystems their Things
 * are not indexed (the ecosystems still are), so one refresh costs a bounded number of calls.
 */
export const ACRETO_THING_LISTS_MAX = 50;
/** Thing lists read at once: Acreto is one account's login, not a bulk API. */
const AT_ONCE = 4;

/**
 * Every ecosystem, and the Things of the first ACRETO_THING_LISTS_MAX, found by name. The ecosystem
 * lists are the attention view's (cached 5 s, shared); the Thing lists are the ecosystem pages'
 * reads (cached and coalesced the same way), taken once per Acreto refresh interval (vendor-entries.ts).
 */
export const acretoEntries: TVendorEntries = async (connection) => {
  const customers = await acretoCustomers(connection);
  const ecosystems = (await Promise.all(customers.map(async (customer) => (await listEcosystems(connection, customer.uuid)).map((ecosystem) => ({ customer, ecosystem }))))).flat();
  const things = await inTurns(ecosystems.slice(0, ACRETO_THING_LISTS_MAX), ({ customer, ecosystem }) => listThings(connection, { customer: customer.uuid, ecosystem: ecosystem.uuid }));
  return ecosystems.flatMap(({ customer, ecosystem }, n) => acretoEcosystemEntries(connection.id, customer, ecosystem, things[n] ?? []));
};

async function inTurns<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += AT_ONCE) results.push(...(await Promise.all(items.slice(start, start + AT_ONCE).map(read))));
  return results;
}

export function acretoEcosystemEntries(connectionId: string, customer: TAcretoCustomer, ecosystem: TAcretoEcosystem, things: readonly TAcretoThing[]): TSearchEntry[] {
  const href = acretoEcosystemHref(connectionId, customer.uuid, ecosystem.uuid);
  const ofCustomer = customer.name ? ` of ${customer.name}` : "";
  return [
    { kind: "acreto.ecosystem", title: ecosystem.name, detail: `Ecosystem${ofCustomer} · ${ecosystem.status}`, href, fields: field("ecosystem", ecosystem.name) },
    // The ecosystem page opens on its Things.
    ...things.map((thing): TSearchEntry => ({
      kind: "acreto.thing",
      title: thing.name,
      detail: `Thing in ${ecosystem.name}${thing.category ? ` · ${thing.category}` : ""}`,
      href,
      fields: field("Thing", thing.name),
    })),
  ];
}
