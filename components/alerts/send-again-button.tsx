"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import type { TAlertEventView } from "@/lib/alerts/event-schemas";
import { api } from "@/lib/api-client";

/** For an alert some channel gave up on: send it again now, and retry it for another period. */
export function SendAgainButton({ event }: { event: TAlertEventView }) {
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () => api<{ event: TAlertEventView }>(`/api/alerts/events/${event.id}/send-again`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["alert-events"] }),
  });
  const failed = event.deliveries.filter((delivery) => delivery.status === "failed");
  if (failed.length === 0) return null;
  return (
    <div className="space-y-1">
      <Button size="sm" variant="secondary" onClick={() => send.mutate()} disabled={send.isPending} aria-label={`Send the alert about ${event.device ?? event.title} again to ${failed.map((d) => d.channel).join(", ")}`}>
        {send.isPending ? "Sending…" : "Send again"}
      </Button>
      {send.error && (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {send.error.message}
        </p>
      )}
    </div>
  );
}
