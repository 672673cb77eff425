// Letters and digits a person cannot confuse when reading one aloud or typing it (no 0/O, 1/l/I).
const ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password from the browser's CSPRNG: 20 characters, about 116 bits, in groups of five for reading out. */
export function generatePassword(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const chars: string[] = [];
  while (chars.length < 20) {
    for (const byte of random(new Uint8Array(32))) {
      // Rejection sampling: bytes past the last whole multiple of the alphabet would favour its start.
      if (byte < 256 - (256 % ALPHABET.length) && chars.length < 20) chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return [0, 5, 10, 15].map((start) => chars.slice(start, start + 5).join("")).join("-");
}
