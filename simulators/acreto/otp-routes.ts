import QRCode from "qrcode";
import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { accountOf } from "./auth";
import { ACRETO_ERRORS, acretoError } from "./errors";
import type { TAcretoState } from "./records";
import { acceptTotp } from "./totp";

const ZOtpCode = z.object({ code: z.string() });

/** TOTP enrolment: POST /users/{username}/otp makes a secret and its QR code; PATCH activates it. */
export function registerOtpRoutes(kit: TSimKit, state: TAcretoState, random: TRandom): void {
  const { app, clock } = kit;

  const selfOnly = (username: string, caller: ReturnType<typeof accountOf>) =>
    caller && caller !== "expired" && caller.username === username ? caller : null;

  app.post("/users/:username/otp", async (c) => {
    const username = c.req.param("username");
    if (!state.accounts.some((a) => a.username === username)) return acretoError(c, 404, ACRETO_ERRORS.notFound, "User not found.");
    const account = selfOnly(username, accountOf(c, state, clock.now()));
    if (!account) return acretoError(c, 403, ACRETO_ERRORS.forbidden);
    const secret = random.base32(32);
    account.pendingTotpSecret = secret;
    const url = `otpauth://totp/Acreto:${username}?algorithm=SHA1&digits=6&issuer=Acreto&period=30&secret=${secret}`;
    const png = await QRCode.toBuffer(url, { type: "png", width: 200, margin: 2, errorCorrectionLevel: "M" });
    return c.json({ barcode: png.toString("base64"), secret, url });
  });

  app.patch("/users/:username/otp", async (c) => {
    const username = c.req.param("username");
    if (!state.accounts.some((a) => a.username === username)) return acretoError(c, 404, ACRETO_ERRORS.notFound, "User not found.");
    const account = selfOnly(username, accountOf(c, state, clock.now()));
    if (!account) return acretoError(c, 403, ACRETO_ERRORS.forbidden);
    const body = await readJsonBody(c.req.raw);
    const parsed = body.ok ? ZOtpCode.safeParse(body.value) : null;
    if (!parsed?.success) return acretoError(c, 400, ACRETO_ERRORS.badRequest, "code is required.");
    if (!account.pendingTotpSecret) return acretoError(c, 400, ACRETO_ERRORS.noPendingOtp);
    if (!(await acceptTotp(account, account.pendingTotpSecret, parsed.data.code.trim(), clock.now()))) {
      return acretoError(c, 400, ACRETO_ERRORS.invalidOtp);
    }
    account.totpSecret = account.pendingTotpSecret;
    account.pendingTotpSecret = undefined;
    return c.body(null, 204);
  });
}
