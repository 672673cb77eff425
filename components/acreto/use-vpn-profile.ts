"use client";

import { useMutation } from "@tanstack/react-query";
import type { TAcretoDeviceToken, TAcretoVpnProfile } from "@/lib/vendors/acreto/schemas";
import { ecosystemPath, type TEcosystemRef } from "./acreto-keys";
import { saveTextFile } from "@/components/ui/save-text-file";
import { useAcretoApi } from "./use-acreto-api";

export type TVpnSubject = { kind: "user" | "thing"; uuid: string; name: string };

/** A device token for a user or a Thing; Acreto's policy may give it a shorter life than asked. */
export function useGenerateDeviceToken(connectionId: string, ref: TEcosystemRef, subject: TVpnSubject) {
  const acreto = useAcretoApi(connectionId);
  return useMutation({
    mutationFn: (ttl: number | undefined) =>
      acreto<TAcretoDeviceToken>(ecosystemPath(ref, `${subject.kind}s/${encodeURIComponent(subject.uuid)}/token`), { method: "POST", body: ttl === undefined ? {} : { ttl } }),
  });
}

/** Fetches the OpenVPN profile a device token unlocks (through the server) and saves it as a .ovpn file. */
export function useDownloadVpnProfile(connectionId: string) {
  const acreto = useAcretoApi(connectionId);
  return useMutation({
    mutationFn: (token: string) => acreto<TAcretoVpnProfile>("vpn-profile", { method: "POST", body: { token } }),
    onSuccess: ({ profile, filename }) => saveTextFile(profile, filename, "application/x-openvpn-profile"),
  });
}
