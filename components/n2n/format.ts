import type { TN2nReadingView } from "@/lib/vendors/n2n/schemas";

const numbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 5 });
export const formatCount = (n: number) => new Intl.NumberFormat().format(n);

export function formatValue(value: TN2nReadingView["value"], unit: string | null): string {
  if (value === null) return "—";
  const text = typeof value === "number" ? numbers.format(value) : String(value);
  return unit ? `${text} ${unit}` : text;
}

/** "Temperature" for a reading with a label, else its type made readable ("batteryVoltage" → "Battery voltage"). */
export const readingName = (reading: Pick<TN2nReadingView, "type" | "label">) =>
  reading.label ?? reading.type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/^./, (c) => c.toUpperCase());
