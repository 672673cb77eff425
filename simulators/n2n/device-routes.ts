import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimContext, TSimKit } from "../core/sim-app";
import { callerOf, refuseReadOnly, type TN2nCaller } from "./auth";
import { canAccess } from "./data";
import { n2nError } from "./errors";
import { HISTORY_MS, readingsCsv, uplinks } from "./messages";
import type { TN2nDevice, TN2nState } from "./records";

const HEX = (length: number) => new RegExp(`^[0-9a-fA-F]{${length}}$`);

const ZEnrolment = z.object({
  deviceId: z.string().regex(HEX(16), "deviceId must be 16 hex characters"),
  enterpriseId: z.string().min(1, "enterpriseId is required"),
  name: z.string().min(1, "name is required").max(64),
  groupIdList: z.array(z.string()).optional(),
  enrolment: z.discriminatedUnion("mode", [
    z.object({
      class: z.enum(["A", "B", "C"]).default("A"),
      mode: z.literal("otaa"),
      otaa: z.object({
        appEui: z.string().regex(HEX(16), "otaa.appEui must be 16 hex characters"),
        appKey: z.string().regex(HEX(32), "otaa.appKey must be 32 hex characters"),
      }),
    }),
    z.object({
      class: z.enum(["A", "B", "C"]).default("A"),
      mode: z.literal("abp"),
      abp: z.object({
        devAddr: z.string().regex(HEX(8), "abp.devAddr must be 8 hex characters"),
        nwkSKey: z.string().regex(HEX(32), "abp.nwkSKey must be 32 hex characters"),
        appSKey: z.string().regex(HEX(32), "abp.appSKey must be 32 hex characters"),
      }),
    }),
  ]),
});

/** limit 10–1000 (default 200) and skip ≥ 0; anything else is a 400. */
export function pageOf(c: TSimContext): { limit: number; skip: number } | string {
  const limitText = c.req.query("limit");
  const skipText = c.req.query("skip");
  const limit = limitText === undefined ? 200 : /^\d+$/.test(limitText) ? Number(limitText) : NaN;
  const skip = skipText === undefined ? 0 : /^\d+$/.test(skipText) ? Number(skipText) : NaN;
  if (!(limit >= 10 && limit <= 1000)) return "Invalid request: limit must be an integer between 10 and 1000";
  if (!(skip >= 0)) return "Invalid request: skip must be a non-negative integer";
  return { limit, skip };
}

/** A device as the API shows it: the OTAA app key is never read back. */
export function devicePayload(device: TN2nDevice) {
  const { enrolment } = device;
  return {
    deviceId: device.deviceId,
    enterpriseId: device.enterpriseId,
    name: device.name,
    groupIdList: [...device.groupIdList],
    deviceType: device.deviceType,
    enrolment: {
      class: enrolment.class,
      mode: enrolment.mode,
      ...(enrolment.otaa ? { otaa: { appEui: enrolment.otaa.appEui } } : {}),
      ...(enrolment.abp ? { abp: { devAddr: enrolment.abp.devAddr } } : {}),
    },
    createdAt: device.createdAt,
  };
}

export function registerDeviceRoutes(kit: TSimKit, state: TN2nState): void {
  const { app, clock } = kit;
  const caller = (c: TSimContext) => callerOf(c, state, clock.now()) as TN2nCaller;
  const visible = (c: TSimContext) => state.devices.filter((d) => canAccess(caller(c).groupIdList, d.enterpriseId));
  const deviceOf = (c: TSimContext) => visible(c).find((d) => d.deviceId === c.req.param("id")?.toUpperCase());

  app.get("/devices", (c) => {
    const page = pageOf(c);
    if (typeof page === "string") return n2nError(c, 400, page);
    const enterpriseId = c.req.query("enterpriseId");
    if (enterpriseId && !canAccess(caller(c).groupIdList, enterpriseId)) {
      return n2nError(c, 400, `Invalid request: Current user/apiKey doesn't have access to enterprise '${enterpriseId}'`);
    }
    const devices = visible(c).filter((d) => !enterpriseId || d.enterpriseId === enterpriseId || d.enterpriseId.startsWith(`${enterpriseId}.`));
    return c.json(devices.slice(page.skip, page.skip + page.limit).map(devicePayload));
  });

  app.post("/devices", async (c) => {
    const refused = refuseReadOnly(c, caller(c));
    if (refused) return refused;
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return n2nError(c, 400, `Invalid request: ${body.error}`);
    const parsed = ZEnrolment.safeParse(body.value);
    if (!parsed.success) return n2nError(c, 400, `Invalid request: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    const enrolment = parsed.data;
    if (!canAccess(caller(c).groupIdList, enrolment.enterpriseId)) {
      return n2nError(c, 400, `Invalid request: Current user/apiKey doesn't have access to enterprise '${enrolment.enterpriseId}'`);
    }
    if (!state.enterprises.includes(enrolment.enterpriseId)) {
      return n2nError(c, 400, `Invalid request: enterprise '${enrolment.enterpriseId}' does not exist`);
    }
    const deviceId = enrolment.deviceId.toUpperCase();
    if (state.devices.some((d) => d.deviceId === deviceId)) {
      return n2nError(c, 409, `Invalid request: device '${deviceId}' is already enrolled`);
    }
    const device: TN2nDevice = {
      deviceId,
      enterpriseId: enrolment.enterpriseId,
      name: enrolment.name,
      groupIdList: enrolment.groupIdList ?? [`${enrolment.enterpriseId}.master`],
      deviceType: "Generic LoRaWAN device",
      kind: "environment",
      enrolment: enrolment.enrolment,
      createdAt: clock.now(),
      periodMs: 15 * 60_000,
      phaseMs: clock.now() % (15 * 60_000),
    };
    state.devices.push(device);
    return c.json(devicePayload(device), 201);
  });

  app.get("/devices/:id", (c) => {
    const device = deviceOf(c);
    return device ? c.json(devicePayload(device)) : n2nError(c, 404, `Device '${c.req.param("id")}' not found`);
  });

  app.get("/devices/:id/messages", (c) => {
    const device = deviceOf(c);
    if (!device) return n2nError(c, 404, `Device '${c.req.param("id")}' not found`);
    const page = pageOf(c);
    if (typeof page === "string") return n2nError(c, 400, page);
    return c.json(uplinks(device, clock.now(), page.skip, page.limit));
  });

  app.get("/devices/:id/readings/export", (c) => {
    const device = deviceOf(c);
    if (!device) return n2nError(c, 404, `Device '${c.req.param("id")}' not found`);
    const now = clock.now();
    const from = Number(c.req.query("from") ?? now - HISTORY_MS);
    const to = Number(c.req.query("to") ?? now);
    if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) return n2nError(c, 400, "Invalid request: from and to must be epoch milliseconds, from ≤ to");
    return c.body(readingsCsv(device, now, Math.max(from, now - HISTORY_MS), to), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${device.deviceId}-readings.csv"`,
    });
  });
}
