import "server-only";
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { instanceSecret } from "./instance-secret";

// Ciphertext format: "v1.<iv>.<tag>.<ciphertext>", base64url parts, AES-256-GCM.
const VERSION = "v1";

function key(): Buffer {
  const raw = instanceSecret("ENCRYPTION_KEY");
  if (/^[0-9a-f]{64}$/i.test(raw)) return Buffer.from(raw, "hex");
  const decoded = Buffer.from(raw, "base64");
  if (decoded.length === 32) return decoded;
  // Any other passphrase is stretched to 32 bytes; documented in the README.
  return createHash("sha256").update(raw).digest();
}

/** Encrypts a secret, bound to `context` (e.g. "connection:<id>:apiKey") so it can't be moved. */
export function encryptSecret(plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptSecret(sealed: string, context: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new Error("Unknown secret format");
  }
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * A stable name for a secret that reveals nothing of it, even to someone with the database and
 * unlimited guesses (a plain hash of a password could be brute-forced): HMAC-SHA-256 under a key
 * derived from ENCRYPTION_KEY for `purpose`.
 */
export function keyedDigest(text: string, purpose: string): string {
  const subkey = createHmac("sha256", key()).update(`patchbay:${purpose}`).digest();
  return createHmac("sha256", subkey).update(text).digest("base64url");
}
