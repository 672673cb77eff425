import { z } from "zod";
import { ZVendor, type TVendor } from "./registry";

/** What the console's connection form sends. Empty secret values mean "keep the stored one". */
export const ZConnectionInput = z.object({
  vendor: ZVendor,
  name: z.string().trim().min(1, "Give the connection a name").max(80),
  baseUrl: z
    .string()
    .trim()
    .max(500)
    .refine((url) => url === "" || /^https?:\/\/[^\s/?#]+/i.test(url), "Enter an http(s) URL")
    .optional(),
  values: z.record(z.string().max(64), z.string().max(4096)).default({}),
  clearSecrets: z.array(z.string().max(64)).max(20).default([]),
});
export type TConnectionInput = z.infer<typeof ZConnectionInput>;

export const ZConnectionPatch = ZConnectionInput.omit({ vendor: true })
  .partial({ name: true })
  .extend({
    /** The admin confirms that the stored secrets belong to the new host of a changed base URL. */
    keepSecretsForNewHost: z.boolean().optional(),
  });
export type TConnectionPatch = z.infer<typeof ZConnectionPatch>;

/** A connection as the API shows it: secrets only say whether they are set. */
export type TConnectionView = {
  id: string;
  vendor: TVendor;
  name: string;
  baseUrl: string;
  source: "database" | "environment";
  settings: Record<string, string>;
  secrets: Record<string, { set: boolean }>;
  version: number;
  updatedAt: string | null;
  /** The last vendor records Patchbay could not read on this connection (listed connections only). */
  drift?: TConnectionDrift | null;
};

/** A vendor list's records left out because they did not fit: the latest sighting for a connection. */
export type TConnectionDrift = { operation: string; count: number; reason: string; seenAt: string };

/** `code` is the console's error code when the check failed (e.g. upstream_unauthorized). */
export type TConnectionTestResult = { ok: boolean; latencyMs: number; message: string; code?: string; checkedAt: string };
