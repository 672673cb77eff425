/** Text for a LIKE pattern taken as typed: its backslash, % and _ escaped (Postgres's default escape). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");
