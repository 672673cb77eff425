import type { TIpFamily } from "@/lib/ipam/cidr";

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join("");

/** A share as a planner reads it: "42.5%", "7.81%", "0.39%", "<0.01%" for a sliver, "0%" for none. */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  if (percent === 0) return "0%";
  if (percent < 0.01) return "<0.01%";
  if (percent >= 99.95 && percent < 100) return ">99.9%";
  return `${percent < 10 ? percent.toFixed(2) : percent.toFixed(1)}%`.replace(/\.?0+%$/, "%");
}

/** A size in addresses (a decimal string: IPv6 needs BigInt): "65,536", "2⁹⁶", "≈3.1 × 10²⁶". */
export function formatAddressCount(size: string): string {
  const value = BigInt(size);
  if (value < 1_000_000_000_000n) return value.toLocaleString("en-US");
  const bits = value.toString(2);
  if (/^10*$/.test(bits)) return `2${superscript(bits.length - 1)}`;
  const digits = value.toString();
  return `≈${digits[0]}.${digits[1]} × 10${superscript(digits.length - 1)}`;
}

/** How many blocks of a planner's usual size fit in a free range: IPv4 /24s, IPv6 /48s (null when none would). */
export function fitsText(family: TIpFamily, mask: number): string | null {
  const unit = family === "ipv4" ? 24 : 48;
  if (mask > unit) return null;
  const count = 1n << BigInt(unit - mask);
  return `fits ${count < 1_000_000_000_000n ? count.toLocaleString("en-US") : formatAddressCount(count.toString())} × /${unit}`;
}
