import { audit } from "@/lib/server/audit";
import { activateMfa } from "@/lib/server/auth/mfa";
import { allowDuringMfaEnrolment } from "@/lib/server/auth/mfa-enrolment-scope";
import { badRequest } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { ZActivateMfa } from "@/lib/account/schemas";

/** Turns MFA on with the first code from the app; answers the ten recovery codes, shown once. */
export const POST = allowDuringMfaEnrolment(
  withSession("viewer", async (req, { user }) => {
    const { code } = await readJson(req, ZActivateMfa);
    const recoveryCodes = await activateMfa(user.id, code, user.sessionId ?? null);
    if (!recoveryCodes) {
      await audit({ actor: user, action: "account.mfa_enable", target: user.email, outcome: "failed", details: { reason: "wrong code" } });
      throw badRequest("That code is not right. Check that the phone's clock is set automatically, and enter the code the app shows now.", { code: ["That code is not right"] });
    }
    await audit({ actor: user, action: "account.mfa_enable", target: user.email });
    return Response.json({ recoveryCodes }, { headers: { "cache-control": "no-store" } });
  }),
);
