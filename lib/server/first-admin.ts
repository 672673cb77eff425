import "server-only";
import { audit } from "./audit";
import { countUsers, createFirstAdmin } from "./users";

/** Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD while there is no user at all. */
export async function ensureAdminFromEnv(): Promise<void> {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  if ((await countUsers()) > 0) return;
  const user = await createFirstAdmin({ email, password, name: "Administrator" });
  if (!user) return;
  await audit({ actor: null, action: "user.create", target: user.email, details: { role: "admin", source: "environment" } });
}
