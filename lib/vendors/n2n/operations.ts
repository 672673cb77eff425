import "server-only";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import { upstreamUsage } from "@/lib/server/upstream";
import { enrolDevice, getDevice, listDevices, listMessages } from "./client";
import {
  ZN2nDeviceId,
  ZN2nDeviceListInput,
  ZN2nEnrolment,
  ZN2nPage,
  toN2nDeviceRow,
  toN2nUplinkView,
  type TN2nDevicePage,
  type TN2nDeviceRow,
  type TN2nUplinkList,
  type TN2nUsage,
} from "./schemas";

/** N2N DL's BFF surface: /api/v/n2n/<connection>/<path>. Paging bounds are checked here, before any call. */
export const n2nOperations: readonly TOperation[] = [
  defineOperation({
    name: "listDevices",
    method: "GET",
    path: "devices",
    role: "viewer",
    input: ZN2nDeviceListInput,
    handler: async ({ connection, input }): Promise<TN2nDevicePage> => {
      const { devices, total } = await listDevices(connection, input);
      const hasMore = devices.length >= input.limit;
      return {
        devices: devices.map(toN2nDeviceRow),
        limit: input.limit,
        skip: input.skip,
        enterpriseId: input.enterpriseId ?? null,
        // A short page is the last one, so it tells the total even when the vendor does not.
        total: total ?? (hasMore || (devices.length === 0 && input.skip > 0) ? null : input.skip + devices.length),
        hasMore: total === null ? hasMore : input.skip + devices.length < total,
        fetchedAt: new Date().toISOString(),
      };
    },
  }),
  defineOperation({
    name: "getDevice",
    method: "GET",
    path: "devices/:id",
    role: "viewer",
    handler: async ({ connection, params }): Promise<TN2nDeviceRow> => toN2nDeviceRow(await getDevice(connection, ZN2nDeviceId.parse(params.id))),
  }),
  defineOperation({
    name: "listUplinks",
    method: "GET",
    path: "devices/:id/messages",
    role: "viewer",
    input: ZN2nPage,
    handler: async ({ connection, params, input }): Promise<TN2nUplinkList> => {
      const deviceId = ZN2nDeviceId.parse(params.id);
      const messages = await listMessages(connection, deviceId, input);
      const uplinks = messages.filter((m) => m.type === "uplink").map(toN2nUplinkView);
      return { deviceId, limit: input.limit, skip: input.skip, uplinks, fetchedAt: new Date().toISOString() };
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
    handler: async ({ connection, input }): Promise<TN2nDeviceRow> => toN2nDeviceRow(await enrolDevice(connection, input)),
  }),
  defineOperation({
    name: "usage",
    method: "GET",
    path: "usage",
    role: "viewer",
    handler: async ({ connection }): Promise<TN2nUsage> => upstreamUsage(connection),
  }),
];
