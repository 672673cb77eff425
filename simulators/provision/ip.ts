/** IPv4 and IPv6 addresses as bigints, enough for an IPAM tree. */
export type TFamily = "ipv4" | "ipv6";
export type TCidr = { family: TFamily; address: bigint; mask: number };

export const familyBits = (family: TFamily) => (family === "ipv4" ? 32 : 128);
export const blockSize = (family: TFamily, mask: number) => 1n << BigInt(familyBits(family) - mask);
export const lastAddress = (cidr: TCidr) => cidr.address + blockSize(cidr.family, cidr.mask) - 1n;

export function parseAddress(text: string): { family: TFamily; value: bigint } | null {
  if (/^\d+$/.test(text)) return null;
  if (text.includes(".")) {
    const parts = text.split(".");
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
    return { family: "ipv4", value: parts.reduce((acc, p) => (acc << 8n) + BigInt(p), 0n) };
  }
  if (!text.includes(":") || !/^[0-9a-fA-F:]+$/.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  return { family: "ipv6", value: groups.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n) };
}

export function formatAddress(family: TFamily, value: bigint): string {
  if (family === "ipv4") return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - i * 16)) & 0xffffn));
  // RFC 5952: compress the longest run (of two or more) of zero groups.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/** "10.0.4.0/28" → its parts; null when malformed or not aligned to its mask. */
export function parseCidr(text: string): TCidr | null {
  const [addressText, maskText, ...rest] = text.trim().split("/");
  if (rest.length || maskText === undefined || !/^\d{1,3}$/.test(maskText)) return null;
  const address = parseAddress(addressText);
  const mask = Number(maskText);
  if (!address || mask > familyBits(address.family)) return null;
  if (address.value % blockSize(address.family, mask) !== 0n) return null;
  return { family: address.family, address: address.value, mask };
}

export function formatCidr(cidr: TCidr): string {
  return `${formatAddress(cidr.family, cidr.address)}/${cidr.mask}`;
}

export function contains(outer: TCidr, inner: TCidr): boolean {
  return outer.family === inner.family && outer.mask <= inner.mask && inner.address >= outer.address && lastAddress(inner) <= lastAddress(outer);
}

export function overlaps(a: TCidr, b: TCidr): boolean {
  return a.family === b.family && a.address <= lastAddress(b) && b.address <= lastAddress(a);
}
