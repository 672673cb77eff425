/** React-query keys: everything of one connection sits under ["megaport", connectionId]. */
export const megaportKeys = {
  connection: (connectionId: string) => ["megaport", connectionId] as const,
  identity: (connectionId: string) => ["megaport", connectionId, "identity"] as const,
  services: (connectionId: string, companyId: number | null) => ["megaport", connectionId, "services", companyId ?? "own"] as const,
  service: (connectionId: string, uid: string) => ["megaport", connectionId, "service", uid] as const,
};

/** The BFF path of one connection's Megaport operations. */
export const megaportApi = (connectionId: string, path: string) => `/api/v/megaport/${encodeURIComponent(connectionId)}/${path}`;

export const servicesHref = (connectionId: string) => `/megaport/services?connection=${encodeURIComponent(connectionId)}`;
export const serviceHref = (connectionId: string, uid: string) => `/megaport/services/${encodeURIComponent(uid)}?connection=${encodeURIComponent(connectionId)}`;
export const accountHref = (connectionId: string) => `/megaport?connection=${encodeURIComponent(connectionId)}`;
