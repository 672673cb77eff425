/** React-query keys: everything of one connection sits under ["ipam", connectionId], so a change refreshes it all. */
export const ipamKeys = {
  connection: (connectionId: string) => ["ipam", connectionId] as const,
  tree: (connectionId: string, query: string) => ["ipam", connectionId, "tree", query] as const,
  block: (connectionId: string, blockId: number) => ["ipam", connectionId, "block", blockId] as const,
  resources: (connectionId: string) => ["ipam", connectionId, "resources"] as const,
  tags: (connectionId: string) => ["ipam", connectionId, "tags"] as const,
};

/** The BFF path of one connection's ProVision operations. */
export const provisionApi = (connectionId: string, path: string) => `/api/v/provision/${encodeURIComponent(connectionId)}/${path}`;
