// Without zod (schemas.ts re-exports it): the browser reads Nettica times too.

/**
 * Epoch ms of a Nettica time, whatever its fraction digits (Date.parse is not reliable past 3).
 * Null when it cannot be read.
 */
export function netticaTimeMs(time: string): number | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(time);
  if (!match) return null;
  const ms = Date.parse(`${match[1]}${match[3]}`);
  return Number.isNaN(ms) ? null : ms + Number(`0.${match[2] ?? "0"}`) * 1000;
}
