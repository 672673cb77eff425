import { hashSeed } from "../random";

const FRACTION_DIGITS = [9, 9, 9, 7, 6, 6, 3, 0] as const;

/**
 * RFC 3339 the way Go's time.RFC3339Nano writes it: UTC, a fraction of 0–9 digits with
 * trailing zeros trimmed. `salt` picks the sub-millisecond digits and how many are kept,
 * so the same instant always reads the same.
 */
export function formatRfc3339(ms: number, salt: string): string {
  const whole = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
  const hash = hashSeed(`${salt}@${ms}`);
  const nanos = String((ms % 1000) * 1_000_000 + (hash % 1_000_000)).padStart(9, "0");
  const fraction = nanos.slice(0, FRACTION_DIGITS[hash % FRACTION_DIGITS.length]).replace(/0+$/, "");
  return `${whole}${fraction ? `.${fraction}` : ""}Z`;
}

/** "2024-03-20 09:49:00", the MySQL form ProVision uses. */
export function formatSqlDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
