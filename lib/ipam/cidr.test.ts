import { mergeCidr, overlapCidr, parseCidr } from "cidr-tools";
import { describe, expect, it } from "vitest";
import { blockContains, blockSize, canonicalCidr, compareBlocks, familyBits, freeBlocks, maskOf, sumSizes, type TIpFamily } from "./cidr";

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const randomBits = (next: () => number, bits: number) => {
  let value = 0n;
  for (let i = 0; i < bits; i += 16) value = (value << 16n) | BigInt(Math.floor(next() * 65536));
  return value & ((1n << BigInt(bits)) - 1n);
};

function format(family: TIpFamily, value: bigint): string {
  if (family === "ipv4") return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".");
  return Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(":");
}
const cidrOf = (family: TIpFamily, start: bigint, mask: number) => canonicalCidr(`${format(family, start)}/${mask}`);

/** A random block of `mask` inside `outer`. */
function blockInside(next: () => number, family: TIpFamily, outer: { start: bigint; mask: number }, mask: number): string {
  const offset = randomBits(next, mask - outer.mask) << BigInt(familyBits(family) - mask);
  return cidrOf(family, outer.start + offset, mask);
}

/** The oracle: halve the aggregate until each half is wholly free or wholly taken (how an IPAM tree splits). */
function oracleFree(family: TIpFamily, start: bigint, mask: number, taken: { start: bigint; end: bigint }[]): string[] {
  const end = start + (1n << BigInt(familyBits(family) - mask)) - 1n;
  const touching = taken.filter((t) => t.start <= end && start <= t.end);
  if (touching.length === 0) return [cidrOf(family, start, mask)];
  if (touching.some((t) => t.start <= start && end <= t.end)) return [];
  const half = 1n << BigInt(familyBits(family) - mask - 1);
  return [...oracleFree(family, start, mask + 1, touching), ...oracleFree(family, start + half, mask + 1, touching)];
}

describe("CIDR sizes and containment", () => {
  it("sizes blocks of both families as BigInts", () => {
    expect(blockSize("10.0.0.0/16")).toBe(65_536n);
    expect(blockSize("10.0.0.1/32")).toBe(1n);
    expect(blockSize("2001:db8::/32")).toBe(2n ** 96n);
    expect(blockSize("::/0")).toBe(2n ** 128n);
    expect(sumSizes(["10.0.0.0/24", "10.0.1.0/25"])).toBe(384n);
  });

  it("tells containment for addresses and blocks, never across families", () => {
    expect(blockContains("10.0.0.0/16", "10.0.3.7")).toBe(true);
    expect(blockContains("10.0.0.0/16", "10.0.0.0/15")).toBe(false);
    expect(blockContains("2001:db8::/32", "2001:db8:1::/48")).toBe(true);
    expect(blockContains("::/0", "10.0.0.0/8")).toBe(false);
    expect(canonicalCidr("2001:DB8:0:0::/32")).toBe("2001:db8::/32");
    expect(maskOf("3fff::/20")).toBe(20);
  });

  it("agrees with brute force on random blocks (sizes, containment, order)", () => {
    const next = random(42);
    for (let i = 0; i < 400; i++) {
      const family: TIpFamily = i % 2 ? "ipv6" : "ipv4";
      const bits = familyBits(family);
      const mask = Math.floor(next() * (bits + 1));
      const start = (randomBits(next, bits) >> BigInt(bits - mask)) << BigInt(bits - mask);
      const cidr = cidrOf(family, start, mask);
      const size = 1n << BigInt(bits - mask);
      expect(blockSize(cidr)).toBe(size);
      const other = cidrOf(family, (randomBits(next, bits) >> BigInt(bits - Math.min(bits, mask + 2))) << BigInt(bits - Math.min(bits, mask + 2)), Math.min(bits, mask + 2));
      const { start: os, end: oe } = parseCidr(other);
      expect(blockContains(cidr, other)).toBe(os >= start && oe <= start + size - 1n);
      const end = start + size - 1n;
      const expected = start !== os ? (start < os ? -1 : 1) : end === oe ? 0 : end > oe ? -1 : 1;
      expect(Math.sign(compareBlocks(cidr, other))).toBe(expected);
    }
  });
});

describe("free blocks inside an aggregate", () => {
  it("lists the simulator's 10.0.0.0/16 free space largest first", () => {
    const taken = ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.4.0/22", "10.0.32.0/20"];
    expect(freeBlocks("10.0.0.0/16", taken)).toEqual(["10.0.128.0/17", "10.0.64.0/18", "10.0.16.0/20", "10.0.48.0/20", "10.0.8.0/21", "10.0.3.0/24"]);
    expect(freeBlocks("10.0.0.0/24", [])).toEqual(["10.0.0.0/24"]);
    expect(freeBlocks("10.0.0.0/24", ["10.0.0.0/24"])).toEqual([]);
    expect(freeBlocks("10.0.0.0/30", ["10.0.0.1/32"])).toEqual(["10.0.0.2/31", "10.0.0.0/32"]);
    expect(freeBlocks("10.0.0.0/24", ["10.0.1.0/24", "2001:db8::/48"])).toEqual(["10.0.0.0/24"]);
  });

  it("matches the halving oracle on random IPv4 and IPv6 aggregates: disjoint, complete, minimal, largest first", () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const family: TIpFamily = round % 2 ? "ipv6" : "ipv4";
      const bits = familyBits(family);
      const aggregateMask = family === "ipv4" ? 8 + Math.floor(next() * 20) : 16 + Math.floor(next() * 60);
      const aggregate = cidrOf(family, (randomBits(next, bits) >> BigInt(bits - aggregateMask)) << BigInt(bits - aggregateMask), aggregateMask);
      const outer = { start: parseCidr(aggregate).start, mask: aggregateMask };
      const taken: string[] = [];
      for (let n = Math.floor(next() * 12); n > 0; n--) {
        const mask = Math.min(bits, aggregateMask + 1 + Math.floor(next() * Math.min(24, bits - aggregateMask)));
        const block = blockInside(next, family, outer, mask);
        if (!overlapCidr(taken, block)) taken.push(block);
      }
      const free = freeBlocks(aggregate, taken);
      const oracle = oracleFree(family, outer.start, aggregateMask, taken.map((t) => parseCidr(t)));
      expect(new Set(free)).toEqual(new Set(oracle));
      expect(free.length).toBe(oracle.length);
      expect(overlapCidr(free, taken)).toBe(false);
      expect(sumSizes(free) + sumSizes(taken)).toBe(blockSize(aggregate));
      expect(mergeCidr(free).length).toBe(free.length);
      expect(free.map(maskOf)).toEqual([...free.map(maskOf)].sort((a, b) => a - b));
    }
  });
});
