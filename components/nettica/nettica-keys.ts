/** React-query keys: everything of one connection sits under ["nettica", connectionId]. */
export const netticaKeys = {
  connection: (connectionId: string) => ["nettica", connectionId] as const,
  devices: (connectionId: string) => ["nettica", connectionId, "devices"] as const,
  device: (connectionId: string, deviceId: string) => ["nettica", connectionId, "devices", deviceId] as const,
};

/** The BFF path of one connection's Nettica operations. */
export const netticaApi = (connectionId: string, path: string) => `/api/v/nettica/${encodeURIComponent(connectionId)}/${path}`;
