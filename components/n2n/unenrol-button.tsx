"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { n2nKeys } from "./n2n-keys";
import { useUnenrolDevice } from "./use-unenrol-device";

/** Unenrols the device after the operator confirms, then goes back to the device list. */
export function UnenrolButton({ connectionId, deviceId, name }: { connectionId: string; deviceId: string; name: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const unenrol = useUnenrolDevice(connectionId);
  const [asking, setAsking] = useState(false);
  const close = () => {
    setAsking(false);
    unenrol.reset();
  };
  const confirm = () =>
    unenrol.mutate(deviceId, {
      onSuccess: () => {
        router.push(`/n2n?connection=${encodeURIComponent(connectionId)}`);
        // Gone at N2N: nothing of it stays cached for a later visit.
        queryClient.removeQueries({ queryKey: n2nKeys.device(connectionId, deviceId) });
      },
    });
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setAsking(true)}>
        <Trash2 size={14} aria-hidden />
        Unenrol device
      </Button>
      <ConfirmDialog open={asking} title={`Unenrol device ${deviceId}?`} confirmLabel="Unenrol" busy={unenrol.isPending} onCancel={close} onConfirm={confirm}>
        <p>
          N2N DL stops taking uplinks from {name ? <strong>{name}</strong> : "this device"} and removes it from its enterprise. Enrolling it again needs its keys.
        </p>
        {unenrol.error && (
          <p role="alert" className="mt-3 text-red-700 dark:text-red-400">
            {unenrol.error.message}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
