"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatTimeOfDay } from "@/components/ui/format-time";
import type { TAcretoOtpEnrollmentView } from "@/lib/vendors/acreto/schemas";
import { OtpActivateForm } from "./otp-activate-form";
import { OtpQrCodes } from "./otp-qr-codes";

type TProps = {
  enrollment: TAcretoOtpEnrollmentView;
  regenerating: boolean;
  onRegenerate: () => void;
  activating: boolean;
  refusal: string | null;
  onActivate: (code: string) => void;
};

/** Steps 2 and 3: scan the code, then activate with the first code the app shows. */
export function MfaEnrollmentSteps({ enrollment, regenerating, onRegenerate, activating, refusal, onActivate }: TProps) {
  return (
    <>
      <Card className="space-y-3">
        <h2 className="font-semibold">2. Scan the QR code with the authenticator app</h2>
        {enrollment.reused && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200" data-testid="mfa-reused">
            This enrolment of {enrollment.username} was already pending (generated at {formatTimeOfDay(enrollment.generatedAt)}): the secret is the same as before.
          </p>
        )}
        <OtpQrCodes enrollment={enrollment} />
        <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
          Lost it, or shared it by mistake?
          <Button size="sm" variant="secondary" onClick={onRegenerate} disabled={regenerating}>
            Generate a new secret
          </Button>
          The old one stops working.
        </p>
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">3. Activate</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-300">A wrong code changes nothing: the QR code above stays valid, so try the next code the app shows.</p>
        <OtpActivateForm username={enrollment.username} busy={activating} refusal={refusal} onActivate={onActivate} />
      </Card>
    </>
  );
}
