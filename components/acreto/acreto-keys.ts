/** An ecosystem, as Acreto's paths name it: customer uuid and ecosystem uuid. */
export type TEcosystemRef = { customer: string; ecosystem: string };

const ecosystemPart = (ref: TEcosystemRef) => ["ecosystem", ref.customer, ref.ecosystem] as const;

/** React-query keys: everything of one connection sits under ["acreto", connectionId]. */
export const acretoKeys = {
  connection: (connectionId: string) => ["acreto", connectionId] as const,
  customers: (connectionId: string) => ["acreto", connectionId, "customers"] as const,
  ecosystem: (connectionId: string, ref: TEcosystemRef) => ["acreto", connectionId, ...ecosystemPart(ref)] as const,
  commitStatus: (connectionId: string, ref: TEcosystemRef) => ["acreto", connectionId, ...ecosystemPart(ref), "commit-status"] as const,
  things: (connectionId: string, ref: TEcosystemRef) => ["acreto", connectionId, ...ecosystemPart(ref), "things"] as const,
  groups: (connectionId: string, ref: TEcosystemRef) => ["acreto", connectionId, ...ecosystemPart(ref), "groups"] as const,
  users: (connectionId: string, ref: TEcosystemRef) => ["acreto", connectionId, ...ecosystemPart(ref), "users"] as const,
};

/** The BFF path of an ecosystem (below /api/v/acreto/<connection>/). */
export const ecosystemPath = (ref: TEcosystemRef, rest = "") =>
  `customers/${encodeURIComponent(ref.customer)}/ecosystems/${encodeURIComponent(ref.ecosystem)}${rest && `/${rest}`}`;

/** The console page of an ecosystem. */
export const ecosystemHref = (connectionId: string, ref: TEcosystemRef) =>
  `/acreto/${encodeURIComponent(ref.customer)}/${encodeURIComponent(ref.ecosystem)}?connection=${encodeURIComponent(connectionId)}`;

export const relayKeyOf = (connectionId: string) => `acreto/${connectionId}`;
