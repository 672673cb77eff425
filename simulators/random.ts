/**
 * A tiny seeded PRNG (mulberry32) so every simulator builds the same data from the same seed.
 * `fork(label)` gives an independent stream, so adding data to one vendor never reshuffles another.
 */
export type TRandom = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
  hex(length: number): string;
  alnum(length: number): string;
  base32(length: number): string;
  bytes(length: number): Uint8Array;
  uuid(): string;
  fork(label: string): TRandom;
  /** Back to the start of the stream, as if just created. */
  reset(): void;
};

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** FNV-1a, 32 bits: turns a seed label into a number. */
export function hashSeed(value: string | number): number {
  const text = String(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRandom(seed: string | number): TRandom {
  let state = hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const fromAlphabet = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join("");
  const random: TRandom = {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    hex: (length) => fromAlphabet("0123456789abcdef", length),
    alnum: (length) => fromAlphabet(ALNUM, length),
    base32: (length) => fromAlphabet(BASE32, length),
    bytes: (length) => Uint8Array.from({ length }, () => int(0, 255)),
    uuid: () => {
      const h = fromAlphabet("0123456789abcdef", 32);
      const variant = "89ab"[int(0, 3)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    fork: (label) => createRandom(`${seed}/${label}`),
    reset: () => {
      state = hashSeed(seed);
    },
  };
  return random;
}
