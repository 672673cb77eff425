"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import type { TMfaEnrolmentView, TMfaStatusView, TSessionView } from "@/lib/account/schemas";

const MFA_KEY = ["account", "mfa"] as const;
const SESSIONS_KEY = ["account", "sessions"] as const;
type TRecoveryCodes = { recoveryCodes: string[] };

export const useMfaStatus = () => useQuery({ queryKey: MFA_KEY, queryFn: () => api<TMfaStatusView>("/api/account/mfa") });
export const useSessions = () =>
  useQuery({ queryKey: SESSIONS_KEY, queryFn: () => api<{ sessions: TSessionView[] }>("/api/account/sessions").then((r) => r.sessions) });

/** A change to the account: refreshes MFA status and sessions (most changes end other sessions). */
function useAccountMutation<V, R>(fn: (input: V) => Promise<R>, done?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      if (done) toast.success(done);
      void queryClient.invalidateQueries({ queryKey: ["account"] });
    },
  });
}

export const useStartMfaEnrolment = () => useMutation({ mutationFn: () => api<TMfaEnrolmentView>("/api/account/mfa/enrolment", { method: "POST" }) });
export const useActivateMfa = () =>
  useAccountMutation((code: string) => api<TRecoveryCodes>("/api/account/mfa/activation", { method: "POST", body: { code } }), "Two-factor authentication is on");
export const useRegenerateRecoveryCodes = () =>
  useAccountMutation((password: string) => api<TRecoveryCodes>("/api/account/mfa/recovery-codes", { method: "POST", body: { password } }), "New recovery codes made; the old ones no longer work");
export const useDisableMfa = () =>
  useAccountMutation((password: string) => api<void>("/api/account/mfa/disable", { method: "POST", body: { password } }), "Two-factor authentication is off");
export const useChangePassword = () =>
  useAccountMutation(
    (input: { currentPassword: string; newPassword: string }) => api<void>("/api/account/password", { method: "POST", body: input }),
    "Password changed; your other sessions were signed out",
  );
export const useEndOtherSessions = () => useAccountMutation(() => api<void>("/api/account/sessions", { method: "DELETE" }), "Signed out of every other session");
export const useEndSession = () => useAccountMutation((id: string) => api<void>(`/api/account/sessions/${id}`, { method: "DELETE" }), "Session signed out");
