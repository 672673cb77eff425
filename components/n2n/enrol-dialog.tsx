"use client";

import { useRouter } from "next/navigation";
import { Dialog } from "@/components/ui/dialog";
import { EnrolForm } from "./enrol-form";
import { emptyEnrolForm, toEnrolment } from "./enrol-form-schema";
import { deviceHref } from "./n2n-keys";
import { useEnrolDevice } from "./use-enrol-device";

/** Enrols one device (operators); on success it opens the new device, on refusal it shows N2N's words. */
export function EnrolDialog({ open, onClose, connectionId, enterprises, enterpriseId }: { open: boolean; onClose: () => void; connectionId: string; enterprises: string[]; enterpriseId: string | null }) {
  const router = useRouter();
  const enrol = useEnrolDevice(connectionId);
  const close = () => {
    enrol.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title="Enrol a device">
      <EnrolForm
        defaultValues={emptyEnrolForm(enterpriseId ?? "")}
        enterprises={enterprises}
        busy={enrol.isPending}
        error={enrol.error?.message ?? null}
        onSubmit={(form) =>
          enrol.mutate(toEnrolment(form), {
            onSuccess: (device) => {
              close();
              const href = deviceHref(connectionId, device.deviceId);
              if (href) router.push(href);
            },
          })
        }
        onCancel={close}
      />
    </Dialog>
  );
}
