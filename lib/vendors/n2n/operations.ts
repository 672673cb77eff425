import "server-only";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import { connectionThresholds } from "@/lib/server/attention/attention-thresholds";
import { addToFleet, removeFromFleet } from "@/lib/server/n2n-fleet/fleet-changes";
import { queryFleet } from "@/lib/server/n2n-fleet/fleet-query";
import { freshFleet } from "@/lib/server/n2n-fleet/fleet-scan";
import { recordSignal } from "@/lib/server/n2n-fleet/fleet-signals";
import { sharedUpstreamUsage } from "@/lib/server/upstream";
import { ZFleetQuery } from "@/lib/n2n-fleet/fleet-query-input";
import type { TFleetPage } from "@/lib/n2n-fleet/fleet-view";
import { enrolDevice, exportReadings, getDevice, listDevices, listMessages, unenrolDevice } from "./client";
import {
  ZN2nDeviceId,
  ZN2nDeviceListInput,
  ZN2nEnrolment,
  ZN2nPage,
  isN2nUplink,
  toN2nDeviceRow,
  toN2nUplinkView,
  type TN2nDevicePage,
  type TN2nDeviceRow,
  type TN2nUplinkList,
  type TN2nUsage,
} from "./schemas";
import { isEnrolled } from "./is-enrolled";

const deviceIdOf = (params: Record<string, string>) => ZN2nDeviceId.parse(params.id);

/** N2N DL's BFF surface: /api/v/n2n/<connection>/<path>. Paging bounds and device ids are checked here, before any call. */
export const n2nOperations: readonly TOperation[] = [
  defineOperation({
    name: "listDevices",
    method: "GET",
    path: "devices",
    role: "viewer",
    input: ZN2nDeviceListInput,
    handler: async ({ connection, input }): Promise<TN2nDevicePage> => {
      const { devices, sent, total } = await listDevices(connection, input);
      // Whether more follow depends on what N2N sent, not on how many of those Patchbay could read.
      const hasMore = sent >= input.limit;
      return {
        devices: devices.map(toN2nDeviceRow),
        received: sent,
        limit: input.limit,
        skip: input.skip,
        enterpriseId: input.enterpriseId ?? null,
        // A short page is the last one, so it tells the total even when the vendor does not.
        total: total ?? (hasMore || (sent === 0 && input.skip > 0) ? null : input.skip + sent),
        hasMore: total === null ? hasMore : input.skip + sent < total,
        fetchedAt: new Date().toISOString(),
      };
    },
  }),
  defineOperation({
    name: "listFleet",
    method: "GET",
    path: "fleet",
    role: "viewer",
    input: ZFleetQuery,
    // Every device, from the index one scan per interval keeps for every reader: no filter, sort or page costs N2N a call.
    handler: async ({ connection, input }): Promise<TFleetPage> => {
      const scan = await freshFleet(connection, { force: input.refresh });
      const { silentAfterHours } = await connectionThresholds(connection as typeof connection & { vendor: "n2n" });
      return queryFleet(scan, input, silentAfterHours);
    },
  }),
  defineOperation({
    name: "getDevice",
    method: "GET",
    path: "devices/:id",
    role: "viewer",
    handler: async ({ connection, params }): Promise<TN2nDeviceRow> => toN2nDeviceRow(await getDevice(connection, deviceIdOf(params))),
  }),
  defineOperation({
    name: "listUplinks",
    method: "GET",
    path: "devices/:id/messages",
    role: "viewer",
    input: ZN2nPage,
    handler: async ({ connection, params, input }): Promise<TN2nUplinkList> => {
      const deviceId = deviceIdOf(params);
      const messages = await listMessages(connection, deviceId, input);
      const uplinks = messages.filter(isN2nUplink).map(toN2nUplinkView);
      await recordSignal(connection, deviceId, uplinks);
      return { deviceId, limit: input.limit, skip: input.skip, uplinks, fetchedAt: new Date().toISOString() };
    },
  }),
  defineOperation({
    name: "exportReadings",
    method: "GET",
    path: "devices/:id/readings/export",
    role: "viewer",
    // N2N's own CSV, as a download: only its text passes, none of N2N's headers.
    handler: async ({ connection, params }) => {
      const deviceId = deviceIdOf(params);
      const csv = await exportReadings(connection, deviceId);
      return new Response(csv, {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${deviceId}-all-readings.csv"`,
          "cache-control": "no-store",
        },
      });
    },
  }),
  defineOperation({
    name: "enrolDevice",
    method: "POST",
    path: "devices",
    role: "operator",
    input: ZN2nEnrolment,
    // The target names the device only: the app key and session keys never reach the audit trail.
    auditTarget: ({ input }) => `device:${input.deviceId.toUpperCase()}`,
    handler: async ({ connection, input }): Promise<TN2nDeviceRow> => {
      const device = toN2nDeviceRow(await enrolDevice(connection, input));
      await addToFleet(connection, device);
      return device;
    },
    lostReply: {
      what: ({ input }) => `the enrolment of ${input.deviceId.toUpperCase()}`,
      subject: ({ input }) => input.deviceId.toUpperCase(),
      check: async ({ connection, input }) => {
        const deviceId = input.deviceId.toUpperCase();
        const there = await isEnrolled(connection, deviceId);
        return { state: there ? "done" : "not_done", found: `${deviceId} ${there ? "enrolled" : "not enrolled"}` };
      },
    },
  }),
  defineOperation({
    name: "unenrolDevice",
    method: "DELETE",
    path: "devices/:id",
    role: "operator",
    auditTarget: ({ params }) => `device:${deviceIdOf(params)}`,
    handler: async ({ connection, params }) => {
      const deviceId = deviceIdOf(params);
      const outcome = await unenrolDevice(connection, deviceId);
      await removeFromFleet(connection, deviceId);
      return outcome;
    },
    lostReply: {
      what: ({ params }) => `unenrolling ${deviceIdOf(params)}`,
      subject: ({ params }) => deviceIdOf(params).toUpperCase(),
      check: async ({ connection, params }) => {
        const deviceId = deviceIdOf(params);
        const there = await isEnrolled(connection, deviceId);
        return { state: there ? "not_done" : "done", found: `${deviceId} ${there ? "still enrolled" : "gone"}` };
      },
    },
  }),
  defineOperation({
    name: "usage",
    method: "GET",
    path: "usage",
    role: "viewer",
    handler: async ({ connection }): Promise<TN2nUsage> => sharedUpstreamUsage(connection),
  }),
];
