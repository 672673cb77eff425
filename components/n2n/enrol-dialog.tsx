"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { Dialog } from "@/components/ui/dialog";
import { emptyEnrolForm, toEnrolment } from "./enrol-form-values";
import { deviceHref } from "./n2n-keys";
import { useEnrolDevice } from "./use-enrol-device";

// Loaded when the dialog opens: its form (react-hook-form, zod) is not needed to list the devices.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const EnrolForm = dynamic(() => import("./enrol-form").then((m) => m.EnrolForm), { loading: () => null });

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
