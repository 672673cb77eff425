"use client";

import { useMutation } from "@tanstack/react-query";
import type { TAcretoOtpEnrollmentView } from "@/lib/vendors/acreto/schemas";
import { useAcretoApi } from "./use-acreto-api";

const otpPath = (username: string) => `users/${encodeURIComponent(username)}/otp`;

/** Starts (or, unless `regenerate`, shows again the pending) TOTP enrolment of an Acreto user. */
export function useEnrollOtp(connectionId: string) {
  const acreto = useAcretoApi(connectionId);
  return useMutation({
    mutationFn: ({ username, regenerate }: { username: string; regenerate: boolean }) =>
      acreto<TAcretoOtpEnrollmentView>(otpPath(username), { method: "POST", body: regenerate ? { regenerate: true } : {} }),
  });
}

/** Turns TOTP on with a code from the authenticator app; Acreto refuses a wrong one with its message. */
export function useActivateOtp(connectionId: string) {
  const acreto = useAcretoApi(connectionId);
  return useMutation({
    mutationFn: ({ username, code }: { username: string; code: string }) => acreto<void>(otpPath(username), { method: "PATCH", body: { code } }),
  });
}
