import { containsCidr, excludeCidr, normalizeCidr, parseCidr } from "cidr-tools";

/**
 * CIDR arithmetic for the IPAM views, IPv4 and IPv6, on cidr-tools (BigInt inside): sizes,
 * containment and free space. Universal: the server builds the tree with it, the browser checks input.
 */
export type TIpFamily = "ipv4" | "ipv6";

export const familyBits = (family: TIpFamily) => (family === "ipv4" ? 32 : 128);

export function familyOf(network: string): TIpFamily {
  return parseCidr(network).version === 4 ? "ipv4" : "ipv6";
}

/** The canonical form: network address, lower-case, IPv6 compressed ("2001:DB8:0::/32" → "2001:db8::/32"). */
export function canonicalCidr(cidr: string): string {
  return normalizeCidr(cidr);
}

/** How many addresses a block holds, as a BigInt (an IPv6 /32 holds 2^96). */
export function blockSize(cidr: string): bigint {
  const { start, end } = parseCidr(cidr);
  return end - start + 1n;
}

export function sumSizes(cidrs: readonly string[]): bigint {
  return cidrs.reduce((total, cidr) => total + blockSize(cidr), 0n);
}

/** The first and last address as BigInts, for ordering. */
export function blockBounds(network: string): { start: bigint; end: bigint } {
  const { start, end } = parseCidr(network);
  return { start, end };
}

export function maskOf(cidr: string): number {
  return Number(parseCidr(cidr).prefix);
}

/** Whether `outer` holds every address of `inner` (an address or a CIDR); false across families. */
export function blockContains(outer: string, inner: string): boolean {
  if (familyOf(outer) !== familyOf(inner)) return false;
  return containsCidr(outer, inner);
}

/** Address order: by first address, the larger block first when two start together. */
export function compareBlocks(a: string, b: string): number {
  const [x, y] = [blockBounds(a), blockBounds(b)];
  if (x.start !== y.start) return x.start < y.start ? -1 : 1;
  return x.end === y.end ? 0 : x.end > y.end ? -1 : 1;
}

/** Largest first (the shortest mask), then in address order: where a big block still fits shows first. */
export function compareLargestFirst(a: string, b: string): number {
  return maskOf(a) - maskOf(b) || compareBlocks(a, b);
}

/**
 * The space of `aggregate` not covered by `taken`, as the fewest CIDR blocks, largest first.
 * Blocks of another family, or outside the aggregate, are ignored.
 */
export function freeBlocks(aggregate: string, taken: readonly string[]): string[] {
  const inside = taken.filter((cidr) => blockContains(aggregate, cidr));
  const free = inside.length === 0 ? [canonicalCidr(aggregate)] : excludeCidr(aggregate, inside);
  return free.map((cidr) => (cidr.includes("/") ? cidr : `${cidr}/${familyBits(familyOf(cidr))}`)).sort(compareLargestFirst);
}
