import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { instanceCache } from "../db/instance-cache";
import { securitySettings } from "../db/schema";

export type TSecuritySettings = { requireMfa: boolean };

// Read on every request; a change reaches every instance at once (5 s at most should its notice be lost).
const copies = instanceCache<TSecuritySettings>("security-settings", 5_000);

export async function getSecuritySettings(): Promise<TSecuritySettings> {
  return copies.read("settings", async () => {
    const db = await getDb();
    const [row] = await db.select({ requireMfa: securitySettings.requireMfa }).from(securitySettings).where(eq(securitySettings.id, 1));
    return { requireMfa: row?.requireMfa ?? false };
  });
}

export async function saveSecuritySettings(settings: TSecuritySettings): Promise<TSecuritySettings> {
  const db = await getDb();
  const values = { requireMfa: settings.requireMfa, updatedAt: new Date() };
  await db.insert(securitySettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: securitySettings.id, set: values });
  await copies.changed();
  return getSecuritySettings();
}
