import "server-only";

/** The shape of the ids the database gives rows (uuid): anything else cannot name a row, so it is "not found" before any query. */
const ROW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isRowId = (id: string): boolean => ROW_ID.test(id);
