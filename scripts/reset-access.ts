// `npm run reset-access -- <email> [--remove-mfa]`: regain access from the server's shell when no
// admin can sign in. Sets a new password (RESET_PASSWORD, or a generated one printed once), ends
// the user's sessions, forgets wrong-password locks, and with --remove-mfa turns their MFA off.
// It opens the database the console uses (DATABASE_URL, else DATA_DIR): stop an embedded console first.
import { randomBytes } from "node:crypto";
import { audit } from "../lib/server/audit";
import { removeMfa } from "../lib/server/auth/mfa";
import { unlockAccount } from "../lib/server/auth/sign-in-throttle";
import { database } from "../lib/server/db/client";
import { changePassword, findUserByEmail } from "../lib/server/users";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const email = args.find((arg) => !arg.startsWith("--"));
  if (!email || args.some((arg) => arg.startsWith("--") && arg !== "--remove-mfa")) {
    console.error("Usage: npm run reset-access -- <email> [--remove-mfa]   (RESET_PASSWORD=… to choose the password)");
    return 2;
  }
  const password = process.env.RESET_PASSWORD ?? randomBytes(12).toString("base64url");
  if (password.length < 12) {
    console.error("RESET_PASSWORD must be at least 12 characters");
    return 2;
  }
  const opened = await database();
  try {
    const user = await findUserByEmail(email);
    if (!user) {
      console.error(`No user ${email} in this database`);
      return 1;
    }
    await changePassword(user.id, password, null);
    await unlockAccount(user.email);
    const removeMfaToo = args.includes("--remove-mfa");
    if (removeMfaToo) await removeMfa(user.id, null, "mfa_reset_from_shell");
    await audit({ actor: null, action: "user.access_reset", target: user.email, details: { from: "server shell", mfaRemoved: removeMfaToo } });
    console.log(`${user.email}: new password set${removeMfaToo ? ", two-factor authentication off" : ""}, sessions ended, sign-in locks cleared.`);
    if (!process.env.RESET_PASSWORD) console.log(`Password (shown once): ${password}`);
    return 0;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
