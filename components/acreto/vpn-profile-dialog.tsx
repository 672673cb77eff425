"use client";

import { Download, KeyRound } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TEcosystemRef } from "./acreto-keys";
import { CopyButton } from "@/components/ui/copy-button";
import { useDownloadVpnProfile, useGenerateDeviceToken, type TVpnSubject } from "./use-vpn-profile";

type TProps = { subject: TVpnSubject; onClose: () => void; connectionId: string; ecosystemRef: TEcosystemRef };

/** Generates a device token (shown once, with copy) and downloads the VPN profile it unlocks as a .ovpn file. */
export function VpnProfileDialog({ subject, onClose, connectionId, ecosystemRef }: TProps) {
  const [ttl, setTtl] = useState("");
  const [token, setToken] = useState("");
  const [generated, setGenerated] = useState(false);
  const generate = useGenerateDeviceToken(connectionId, ecosystemRef, subject);
  const download = useDownloadVpnProfile(connectionId);
  const ttlSeconds = ttl.trim() === "" ? undefined : Number(ttl);
  const ttlInvalid = ttlSeconds !== undefined && !(Number.isInteger(ttlSeconds) && ttlSeconds > 0);

  return (
    <Dialog open onClose={onClose} title={`VPN profile for ${subject.name}`}>
      <div className="space-y-5 text-sm">
        <section aria-labelledby="vpn-token-heading" className="space-y-3">
          <h3 id="vpn-token-heading" className="font-medium">
            1. Generate a device token
          </h3>
          <p className="text-zinc-600 dark:text-zinc-300">
            A device token only downloads this {subject.kind === "user" ? "user's" : "Thing's"} VPN profile, so it may be handed to the person who sets the connection up. It is shown once: Patchbay keeps no copy.
          </p>
          <div className="flex items-end gap-2">
            <Field id="vpn-ttl" label="Lifetime in seconds (optional)" error={ttlInvalid ? "A whole number of seconds, or empty for Acreto's default" : undefined}>
              <Input id="vpn-ttl" type="number" inputMode="numeric" min={1} step={1} placeholder="Acreto's default" value={ttl} onChange={(event) => setTtl(event.target.value)} className="w-44" aria-invalid={ttlInvalid || undefined} />
            </Field>
            <Button
              variant="secondary"
              disabled={ttlInvalid || generate.isPending}
              onClick={() =>
                generate.mutate(ttlSeconds, {
                  onSuccess: (result) => {
                    setToken(result.token);
                    setGenerated(true);
                    download.reset();
                  },
                })
              }
            >
              <KeyRound size={14} aria-hidden />
              {generate.isPending ? "Generating…" : "Generate token"}
            </Button>
          </div>
          {generate.isError && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {generate.error.message}
            </p>
          )}
          {generated && <p className="text-xs text-zinc-500 dark:text-zinc-400">Acreto&apos;s policy may give the token a shorter life than asked.</p>}
        </section>

        <section aria-labelledby="vpn-download-heading" className="space-y-3">
          <h3 id="vpn-download-heading" className="font-medium">
            2. Download the profile
          </h3>
          <div className="flex items-end gap-2">
            <Field id="vpn-token" label="Device token" hint="Generated above, or one the user already has.">
              <Input id="vpn-token" value={token} onChange={(event) => { setToken(event.target.value.trim()); setGenerated(false); download.reset(); }} spellCheck={false} autoComplete="off" placeholder="s.xxxxxxxxxxxxxxxxxxxxxxxx" className="w-80 font-mono" />
            </Field>
            {token && <CopyButton text={token} label="device token" />}
          </div>
          <Button disabled={!token || download.isPending} onClick={() => download.mutate(token)}>
            <Download size={14} aria-hidden />
            {download.isPending ? "Downloading…" : "Download profile"}
          </Button>
          {download.isError && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {download.error.message}
            </p>
          )}
          {download.isSuccess && (
            <p role="status" className="text-emerald-700 dark:text-emerald-400">
              Saved {download.data.filename}: open it with an OpenVPN client.
            </p>
          )}
        </section>
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
