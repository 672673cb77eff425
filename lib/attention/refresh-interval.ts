/** How long one evaluation of a connection serves every viewer on every instance; the overview refreshes as often. */
export const ATTENTION_REFRESH_MS = 30_000;
