"use client";

import { ShieldCheck } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/empty-state";
import { formatDay } from "@/components/ui/format-time";
import type { TMfaEnrolmentView } from "@/lib/account/schemas";
import { PasswordConfirmDialog } from "./password-confirm-dialog";
import { RecoveryCodesPanel } from "./recovery-codes-panel";
import { useDisableMfa, useMfaStatus, useRegenerateRecoveryCodes, useStartMfaEnrolment } from "./use-account";

// Loaded once set-up starts: the QR code (qrcode.react) is not needed before.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const MfaEnrolment = dynamic(() => import("./mfa-enrolment").then((m) => m.MfaEnrolment), { loading: () => null });

/** Two-factor authentication for the signed-in user: set up, recovery codes, turn off. */
export function MfaCard({ email, onEnrolled }: { email: string; onEnrolled: () => void }) {
  const status = useMfaStatus();
  const start = useStartMfaEnrolment();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableMfa();
  const [enrolment, setEnrolment] = useState<TMfaEnrolmentView | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [asking, setAsking] = useState<"regenerate" | "disable" | null>(null);

  const closeDialog = () => {
    setAsking(null);
    regenerate.reset();
    disable.reset();
  };

  let body;
  if (status.error) body = <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  else if (!status.data) body = <p className="text-sm text-zinc-500">Loading…</p>;
  else if (codes) {
    body = (
      <RecoveryCodesPanel
        email={email}
        codes={codes}
        onDone={() => {
          setCodes(null);
          onEnrolled();
        }}
      />
    );
  } else if (status.data.enabled) {
    const left = status.data.recoveryCodesLeft;
    body = (
      <div className="space-y-3">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Signing in asks for a code from your authenticator app after the password
          {status.data.enabledAt && <> (on since {formatDay(status.data.enabledAt)})</>}.
        </p>
        <p className="text-sm" data-testid="recovery-codes-left">
          <Badge tone={left <= 3 ? "amber" : "gray"}>{left} of 10</Badge> recovery codes left{left <= 3 && ": make new ones soon."}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setAsking("regenerate")}>
            New recovery codes
          </Button>
          <Button variant="danger" onClick={() => setAsking("disable")} disabled={status.data.required}>
            Turn off
          </Button>
        </div>
        {status.data.required && <p className="text-xs text-zinc-500 dark:text-zinc-400">An admin requires two-factor authentication for every user, so it stays on.</p>}
      </div>
    );
  } else if (enrolment) {
    body = (
      <MfaEnrolment
        enrolment={enrolment}
        onActivated={(recoveryCodes) => {
          setEnrolment(null);
          setCodes(recoveryCodes);
        }}
        onCancel={() => setEnrolment(null)}
      />
    );
  } else {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          With two-factor authentication, signing in needs a code from an app on your phone as well as your password, so a leaked password alone does not open the console.
        </p>
        <Button onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })} disabled={start.isPending}>
          {start.isPending ? "Preparing…" : "Set up two-factor authentication"}
        </Button>
        {start.isError && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {start.error.message}
          </p>
        )}
      </div>
    );
  }

  return (
    <Card className="space-y-3">
      <div className="flex items-center gap-2">
        <ShieldCheck size={18} aria-hidden className="text-sky-700 dark:text-sky-400" />
        <h2 className="font-semibold">Two-factor authentication</h2>
        {status.data && <Badge tone={status.data.enabled ? "green" : "gray"}>{status.data.enabled ? "On" : "Off"}</Badge>}
      </div>
      {body}
      <PasswordConfirmDialog
        open={asking === "regenerate"}
        title="Make new recovery codes?"
        description="Ten new codes replace all the old ones, used or not."
        submitLabel="Make new codes"
        busy={regenerate.isPending}
        error={regenerate.error?.message ?? null}
        onCancel={closeDialog}
        onConfirm={(password) => regenerate.mutate(password, { onSuccess: (result) => { closeDialog(); setCodes(result.recoveryCodes); } })}
      />
      <PasswordConfirmDialog
        open={asking === "disable"}
        title="Turn off two-factor authentication?"
        description="Signing in will need only your password. Your recovery codes stop working and your other sessions are signed out."
        submitLabel="Turn off"
        busy={disable.isPending}
        error={disable.error?.message ?? null}
        onCancel={closeDialog}
        onConfirm={(password) => disable.mutate(password, { onSuccess: closeDialog })}
      />
    </Card>
  );
}
