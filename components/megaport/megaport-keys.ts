/** React-query keys: everything of one connection sits under ["megaport", connectionId]. */
export const megaportKeys = {
  connection: (connectionId: string) => ["megaport", connectionId] as const,
  identity: (connectionId: string) => ["megaport", connectionId, "identity"] as const,
  services: (connectionId: string) => ["megaport", connectionId, "services"] as const,
  service: (connectionId: string, uid: string) => ["megaport", connectionId, "service", uid] as const,
};

/** The one-time-code relay's key for a connection (useVendorApi's `<vendor>/<connection>`). */
export const relayKeyOf = (connectionId: string) => `megaport/${connectionId}`;

export const servicesHref = (connectionId: string) => `/megaport/services?connection=${encodeURIComponent(connectionId)}`;
export const serviceHref = (connectionId: string, uid: string) => `/megaport/services/${encodeURIComponent(uid)}?connection=${encodeURIComponent(connectionId)}`;
export const accountHref = (connectionId: string) => `/megaport?connection=${encodeURIComponent(connectionId)}`;
