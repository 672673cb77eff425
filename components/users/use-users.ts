"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import type { TRole } from "@/lib/role-names";

export type TUserRow = { id: string; email: string; name: string; role: TRole; createdAt: string; mfaEnabled: boolean; activeSessions: number; locked: boolean };
const KEY = ["users"] as const;
const SETTINGS_KEY = ["settings", "security"] as const;

export function useUsers() {
  return useQuery({ queryKey: KEY, queryFn: () => api<{ users: TUserRow[] }>("/api/users").then((r) => r.users) });
}

function useUserMutation<V>(fn: (v: V) => Promise<unknown>, done: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      toast.success(done);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => toast.error(error.message),
  });
}

export const useCreateUser = () =>
  useUserMutation((input: { email: string; name: string; role: TRole; password: string }) => api("/api/users", { method: "POST", body: input }), "User added");
export const useUpdateUserRole = () =>
  useUserMutation(({ id, role }: { id: string; role: TRole }) => api(`/api/users/${id}`, { method: "PATCH", body: { role } }), "Role changed");
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
