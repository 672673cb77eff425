export type TCsvCell = string | number | boolean | null;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab or CR first) is prefixed with ' — numbers stay numbers.
 */
export function csvCell(value: TCsvCell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line with its CRLF. */
export const csvLine = (cells: readonly TCsvCell[]) => `${cells.map(csvCell).join(",")}\r\n`;
