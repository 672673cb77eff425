import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import { formatTime } from "./format";

/** Who the device is, where it belongs and how it joined (its keys are never shown: N2N does not send them back). */
export function DeviceIdentity({ device }: { device: TN2nDeviceRow }) {
  const { enrolment } = device;
  return (
    <Card>
      <h2 className="mb-3 font-semibold">Device</h2>
      <DetailList
        items={[
          ["DevEUI", <span key="eui" className="font-mono text-xs">{device.deviceId}</span>],
          ["Name", device.name],
          ["Type", device.deviceType],
          ["Enterprise", <span key="ent" className="font-mono text-xs">{device.enterpriseId}</span>],
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
          ["Enrolment", enrolment.mode ? `${enrolment.mode.toUpperCase()}${enrolment.class ? `, class ${enrolment.class}` : ""}` : ""],
          ...(enrolment.appEui ? [["AppEUI", <span key="appeui" className="font-mono text-xs">{enrolment.appEui}</span>] as [string, ReactNode]] : []),
          ...(enrolment.devAddr ? [["DevAddr", <span key="devaddr" className="font-mono text-xs">{enrolment.devAddr}</span>] as [string, ReactNode]] : []),
          ["Enrolled", device.createdAt ? formatTime(device.createdAt) : ""],
        ]}
      />
    </Card>
  );
}
