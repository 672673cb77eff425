import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { formatMoment } from "@/components/ui/format-time";
import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";

const mono = (key: string, text: string) => <span key={key} className="font-mono text-xs">{text}</span>;

/** How the device reaches N2N: its LoRaWAN enrolment, or the ingestion API for a non-LoRaWAN device. */
function enrolmentText(device: TN2nDeviceRow): string {
  const { mode, class: deviceClass } = device.enrolment;
  if (mode) return `${mode.toUpperCase()}${deviceClass ? `, class ${deviceClass}` : ""}`;
  return device.network === "ingested" ? "Ingestion API (not LoRaWAN)" : "";
}

/** Who the device is, where it belongs and how it joined (its keys are never shown: N2N does not send them back). */
export function DeviceIdentity({ device }: { device: TN2nDeviceRow }) {
  const { enrolment } = device;
  const optional = (label: string, value: ReactNode | null): [string, ReactNode][] => (value === null ? [] : [[label, value]]);
  return (
    <Card>
      <h2 className="mb-3 font-semibold">Device</h2>
      <DetailList
        items={[
          [device.network === "ingested" ? "Device id" : "DevEUI", mono("id", device.deviceId)],
          ["Name", device.name],
          ["Type", device.deviceType],
          ["Enterprise", mono("ent", device.enterpriseId)],
          [
            "Groups",
            device.groupIdList.length ? (
              <span key="groups" className="flex flex-wrap gap-1">
                {device.groupIdList.map((g) => (
                  <Badge key={g} tone={g.endsWith(".master") ? "blue" : "gray"}>
                    {g}
                  </Badge>
                ))}
              </span>
            ) : (
              ""
            ),
          ],
          ["Enrolment", enrolmentText(device)],
          ...optional("AppEUI", enrolment.appEui ? mono("appeui", enrolment.appEui) : null),
          ...optional("Network address", enrolment.nwAddress ? mono("nwaddress", enrolment.nwAddress) : null),
          ["Enrolled", device.createdAt ? formatMoment(device.createdAt) : ""],
          ...optional("Last online", device.lastOnline ? formatMoment(device.lastOnline) : null),
        ]}
      />
    </Card>
  );
}
