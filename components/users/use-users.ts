"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import type { TRole } from "@/lib/role-names";

export type TUserRow = { id: string; email: string; name: string; role: TRole; createdAt: string; mfaEnabled: boolean; activeSessions: number; locked: boolean; lastSignInAt: string | null };
const KEY = ["users"] as const;
const SETTINGS_KEY = ["settings", "security"] as const;

export function useUsers() {
  return useQuery({ queryKey: KEY, queryFn: () => api<{ users: TUserRow[] }>("/api/users").then((r) => r.users) });
}

function useUserMutation<V>(fn: (v: V) => Promise<unknown>, done: string | ((v: V) => string)) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (_result, variables) => {
      toast.success(typeof done === "string" ? done : done(variables));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => toast.error(error.message),
  });
}

export const useCreateUser = () =>
  useUserMutation((input: { email: string; name: string; role: TRole; password: string }) => api("/api/users", { method: "POST", body: input }), "User added");
export const useChangeRole = () =>
  useUserMutation(
    ({ user, role }: { user: TUserRow; role: TRole }) => api(`/api/users/${user.id}`, { method: "PATCH", body: { role } }),
    ({ user, role }) => `${user.email} is now ${role === "admin" ? "an admin" : role === "operator" ? "an operator" : "a viewer"}`,
  );
export const useRenameUser = () =>
  useUserMutation(({ user, name }: { user: TUserRow; name: string }) => api(`/api/users/${user.id}`, { method: "PATCH", body: { name } }), "Name saved");
/** No toast: the dialog itself says it is done, with the password still there to copy. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, password }: { user: TUserRow; password: string }) => api(`/api/users/${user.id}/password`, { method: "PUT", body: { password } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
export const useDeleteUser = () => useUserMutation((user: TUserRow) => api(`/api/users/${user.id}`, { method: "DELETE" }), "User deleted");
export const useResetMfa = () => useUserMutation((user: TUserRow) => api(`/api/users/${user.id}/mfa`, { method: "DELETE" }), "Two-factor authentication reset");
export const useSignOutEverywhere = () =>
  useUserMutation((user: TUserRow) => api(`/api/users/${user.id}/sessions`, { method: "DELETE" }), "Signed out everywhere");
export const useUnlockUser = () => useUserMutation((user: TUserRow) => api(`/api/users/${user.id}/lock`, { method: "DELETE" }), "Unlocked");

export function useSecuritySettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api<{ requireMfa: boolean }>("/api/settings/security") });
}

export function useSaveSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: { requireMfa: boolean }) => api<{ requireMfa: boolean }>("/api/settings/security", { method: "PUT", body: settings }),
    onSuccess: (saved) => {
      queryClient.setQueryData(SETTINGS_KEY, saved);
      toast.success(saved.requireMfa ? "Every user now needs two-factor authentication" : "Two-factor authentication is optional again");
    },
    onError: (error) => toast.error(error.message),
  });
}
