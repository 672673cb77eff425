"use client";

import { CheckCircle2, QrCode } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { TAcretoConnectionOption } from "./acreto-connection";
import { ConnectionSummary } from "./connection-summary";
import { ConnectionSwitcher } from "@/components/ui/connection-switcher";
import { UsernamePicker } from "./username-picker";
import { useActivateOtp, useEnrollOtp } from "./use-otp-enrollment";

// Loaded once a secret is generated: the QR codes (qrcode.react) are not needed before.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const MfaEnrollmentSteps = dynamic(() => import("./mfa-enrollment-steps").then((m) => m.MfaEnrollmentSteps), { loading: () => null });

type TProps = { connections: TAcretoConnectionOption[]; connection: TAcretoConnectionOption; initialUsername: string };

/** Onboards an Acreto user to TOTP: generate, scan the QR code (or type the secret), activate with a first code. */
export function MfaEnrollmentView({ connections, connection, initialUsername }: TProps) {
  const router = useRouter();
  const [username, setUsername] = useState(initialUsername);
  const [activatedFor, setActivatedFor] = useState<string | null>(null);
  const enroll = useEnrollOtp(connection.id);
  const activate = useActivateOtp(connection.id);

  const generate = (regenerate: boolean) => {
    const name = username.trim();
    enroll.mutate(
      { username: name, regenerate },
      {
        onSuccess: () => {
          activate.reset();
          setActivatedFor(null);
          // The user stays in the URL: after a reload, Generate shows the pending secret again rather than a new one.
          router.replace(`/acreto/mfa?connection=${encodeURIComponent(connection.id)}&user=${encodeURIComponent(name)}`, { scroll: false });
        },
      },
    );
  };

  return (
    <>
      <Link href={`/acreto?connection=${encodeURIComponent(connection.id)}`} className="mb-2 inline-block text-sm text-sky-700 hover:underline dark:text-sky-400">
        ← Ecosystems of {connection.name}
      </Link>
      <PageHeader title="Acreto — MFA enrolment" description={<ConnectionSummary connection={connection} />} actions={<ConnectionSwitcher connections={connections} selectedId={connection.id} />} />
      <div className="max-w-3xl space-y-4">
        <Card className="space-y-3">
          <h2 className="font-semibold">1. Pick the Acreto user</h2>
          <UsernamePicker connectionId={connection.id} ownUsername={connection.username} value={username} onChange={setUsername} />
          <p className="text-sm text-zinc-600 dark:text-zinc-300">Acreto may let an account enrol only itself: usually that is the account this connection signs in as.</p>
          <Button onClick={() => generate(false)} disabled={!username.trim() || enroll.isPending}>
            <QrCode size={16} aria-hidden />
            {enroll.isPending ? "Generating…" : "Generate"}
          </Button>
          {enroll.isError && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {enroll.error.message}
            </p>
          )}
        </Card>
        {activatedFor ? (
          <Card role="status" className="flex gap-3 border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200" data-testid="mfa-activated">
            <CheckCircle2 size={20} aria-hidden className="mt-0.5 shrink-0" />
            <div className="space-y-1 text-sm">
              <p className="font-semibold">MFA is on for {activatedFor}.</p>
              <p>From now on Acreto asks for a one-time code when {activatedFor} signs in.</p>
              {activatedFor === connection.username && !connection.mfaSeedStored && (
                <p>This is the account of this connection: Patchbay will ask you for a code, or store the secret as its MFA seed in Settings → Connections so Patchbay answers by itself.</p>
              )}
            </div>
          </Card>
        ) : (
          enroll.data && (
            <MfaEnrollmentSteps
              enrollment={enroll.data}
              regenerating={enroll.isPending}
              onRegenerate={() => generate(true)}
              activating={activate.isPending}
              refusal={activate.error?.message ?? null}
              onActivate={(code) => activate.mutate({ username: enroll.data.username, code }, { onSuccess: () => setActivatedFor(enroll.data.username) })}
            />
          )
        )}
      </div>
    </>
  );
}
