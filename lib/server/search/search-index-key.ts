import type { TUpstreamConnection } from "@/lib/server/upstream";

/** Where a connection's indexed rows are kept: its id and version, so an edited connection's old rows are never shown. */
export const searchIndexKey = (connection: Pick<TUpstreamConnection, "id" | "version">) => `${connection.id}@${connection.version}`;
