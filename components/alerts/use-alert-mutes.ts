"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatMoment } from "@/components/ui/format-time";
import { toast } from "@/components/ui/toast";
import type { TAlertMuteView } from "@/lib/alerts/mute-schemas";
import type { TAlertRule } from "@/lib/alerts/alert-rules";
import { api } from "@/lib/api-client";

const KEY = ["alert-mutes"] as const;

/** What the form sends (the server parses it with ZAlertMuteInput). */
export type TMuteRequest = { rule: TAlertRule; connectionId: string | null; hours: number; reason: string };

export function useAlertMutes() {
  return useQuery({ queryKey: KEY, queryFn: () => api<{ mutes: TAlertMuteView[] }>("/api/alerts/mutes").then((r) => r.mutes), refetchInterval: 60_000 });
}

export function useCreateMute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TMuteRequest) => api<{ mute: TAlertMuteView }>("/api/alerts/mutes", { method: "POST", body: input }).then((r) => r.mute),
    onSuccess: (mute) => {
      toast.success(`Muted ${mute.ruleWords}${mute.connection ? ` on ${mute.connection}` : ""} until ${formatMoment(mute.until)}`);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
}

export function useEndMute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mute: TAlertMuteView) => api(`/api/alerts/mutes/${mute.id}`, { method: "DELETE" }),
    onSuccess: (_r, mute) => {
      toast.success(`${mute.ruleWords} alerts are sent again`);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => toast.error(error.message),
  });
}
