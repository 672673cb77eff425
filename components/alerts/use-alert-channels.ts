"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import type { TAlertChannelForm, TAlertChannelView, TChannelTestResult } from "@/lib/alerts/channel-schemas";
import { api } from "@/lib/api-client";

const KEY = ["alert-channels"] as const;

export function useAlertChannels() {
  return useQuery({ queryKey: KEY, queryFn: () => api<{ channels: TAlertChannelView[] }>("/api/alerts/channels").then((r) => r.channels) });
}

export function useSaveAlertChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: TAlertChannelForm }) =>
      api<{ channel: TAlertChannelView }>(id ? `/api/alerts/channels/${id}` : "/api/alerts/channels", { method: id ? "PATCH" : "POST", body: input }),
    onSuccess: ({ channel }, { id }) => {
      toast.success(`${id ? "Saved" : "Added"} ${channel.name}`);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
}

export function useDeleteAlertChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channel: TAlertChannelView) => api(`/api/alerts/channels/${channel.id}`, { method: "DELETE" }),
    onSuccess: (_r, channel) => {
      toast.success(`Deleted ${channel.name}`);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => toast.error(error.message),
  });
}

/** Sends one real test message; the channel's "last delivery" shows the outcome afterwards. */
export function useTestAlertChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channel: TAlertChannelView) =>
      api<{ result: TChannelTestResult }>(`/api/alerts/channels/${channel.id}/test`, { method: "POST" }).then((r) => r.result),
    onSuccess: (result, channel) => {
      if (result.ok) toast.success(`Test sent through ${channel.name}`);
      else toast.error(`${channel.name}: ${result.message}`);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => toast.error(error.message),
  });
}
