"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import type { TConnectionInput, TConnectionPatch, TConnectionTestResult, TConnectionView } from "@/lib/vendors/connection";

const KEY = ["connections"] as const;

export function useConnections() {
  return useQuery({ queryKey: KEY, queryFn: () => api<{ connections: TConnectionView[] }>("/api/connections").then((r) => r.connections) });
}

export function useSaveConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: TConnectionInput | TConnectionPatch }) =>
      api<{ connection: TConnectionView }>(id ? `/api/connections/${id}` : "/api/connections", { method: id ? "PATCH" : "POST", body: input }),
    onSuccess: ({ connection }, { id }) => {
      toast.success(`${id ? "Saved" : "Added"} ${connection.name}`);
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ queryKey: ["overview"] });
    },
  });
}

export function useDeleteConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (connection: TConnectionView) => api(`/api/connections/${connection.id}`, { method: "DELETE" }),
    onSuccess: (_r, connection) => {
      toast.success(`Deleted ${connection.name}`);
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ queryKey: ["overview"] });
    },
    onError: (error) => toast.error(error.message),
  });
}

export function useTestConnection() {
  return useMutation({
    mutationFn: (id: string) => api<{ result: TConnectionTestResult }>(`/api/connections/${id}/test`, { method: "POST" }).then((r) => r.result),
  });
}
