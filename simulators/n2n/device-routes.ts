import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimContext, TSimKit } from "../core/sim-app";
import { callerOf, refuseReadOnly, type TN2nCaller } from "./auth";
import { canAccess } from "./data";
import { n2nError } from "./errors";
import { HISTORY_MS, newestUplinkTs, readingsCsv, uplinks } from "./messages";
import type { TN2nDevice, TN2nState } from "./records";

const HEX = (length: number) => new RegExp(`^[0-9a-fA-F]{${length}}$`);

const hexField = (name: string, length: number) => z.string({ error: `${name} is required` }).regex(HEX(length), `${name} must be ${length} hex characters`);

// docs.nnnco.io, device enrolment: OTAA needs appEui and appKey (nwAddress optional); ABP needs nwKey and nwAddress (appSKey optional).
const ZEnrolment = z.object({
  deviceId: z.string({ error: "deviceId is required" }).regex(HEX(16), "deviceId must be 16 hex characters"),
  enterpriseId: z.string({ error: "enterpriseId is required" }).min(1, "enterpriseId is required"),
  name: z.string({ error: "name is required" }).min(1, "name is required").max(64),
  groupIdList: z.array(z.string()).optional(),
  enrolment: z.discriminatedUnion(
    "mode",
    [
      z.object({
        class: z.enum(["A", "C"], "enrolment.class must be A or C").default("A"),
        mode: z.literal("otaa"),
        otaa: z.object(
          { appEui: hexField("otaa.appEui", 16), appKey: hexField("otaa.appKey", 32), nwAddress: hexField("otaa.nwAddress", 8).optional() },
          { error: "otaa is required" },
        ),
      }),
      z.object({
        class: z.enum(["A", "C"], "enrolment.class must be A or C").default("A"),
        mode: z.literal("abp"),
        abp: z.object(
          { nwAddress: hexField("abp.nwAddress", 8), nwKey: hexField("abp.nwKey", 32), appSKey: hexField("abp.appSKey", 32).optional() },
          { error: "abp is required" },
        ),
      }),
    ],
    { error: "enrolment.mode must be otaa or abp" },
  ),
});

/** Class B runs on N2N's network server, but its API does not enrol it ("do get in touch"). */
const isClassB = (body: unknown) => (body as { enrolment?: { class?: unknown } } | null)?.enrolment?.class === "B";

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

/** A device as the API shows it: no key (appKey, nwKey, appSKey) is ever read back; ingested devices have no enrolment. */
export function devicePayload(device: TN2nDevice, now: number) {
  const { enrolment } = device;
  const lastOnline = newestUplinkTs(device, now);
  return {
    deviceId: device.deviceId,
    enterpriseId: device.enterpriseId,
    name: device.name,
    groupIdList: [...device.groupIdList],
    deviceType: device.deviceType,
    ...(enrolment
      ? {
          enrolment: {
            class: enrolment.class,
            mode: enrolment.mode,
            ...(enrolment.otaa ? { otaa: { appEui: enrolment.otaa.appEui, ...(enrolment.otaa.nwAddress ? { nwAddress: enrolment.otaa.nwAddress } : {}) } } : {}),
            ...(enrolment.abp ? { abp: { nwAddress: enrolment.abp.nwAddress } } : {}),
          },
        }
      : {}),
    createdAt: device.createdAt,
    ...(lastOnline === null ? {} : { lastOnline }),
  };
}

export function registerDeviceRoutes(kit: TSimKit, state: TN2nState): void {
  const { app, clock } = kit;
  const caller = (c: TSimContext) => callerOf(c, state, clock.now()) as TN2nCaller;
  const visible = (c: TSimContext) => state.devices.filter((d) => canAccess(caller(c).groupIdList, d.enterpriseId));
  // DevEUIs are upper-case and ingested ids lower-case; N2N finds either however it is written.
  const deviceOf = (c: TSimContext) => visible(c).find((d) => d.deviceId.toLowerCase() === c.req.param("id")?.toLowerCase());
  const payload = (device: TN2nDevice) => devicePayload(device, clock.now());

  app.get("/devices", (c) => {
    const page = pageOf(c);
    if (typeof page === "string") return n2nError(c, 400, page);
    const enterpriseId = c.req.query("enterpriseId");
    if (enterpriseId && !canAccess(caller(c).groupIdList, enterpriseId)) {
      return n2nError(c, 400, `Invalid request: Current user/apiKey doesn't have access to enterprise '${enterpriseId}'`);
    }
    const devices = visible(c).filter((d) => !enterpriseId || d.enterpriseId === enterpriseId || d.enterpriseId.startsWith(`${enterpriseId}.`));
    return c.json(devices.slice(page.skip, page.skip + page.limit).map(payload));
  });

  app.post("/devices", async (c) => {
    const refused = refuseReadOnly(c, caller(c));
    if (refused) return refused;
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return n2nError(c, 400, `Invalid request: ${body.error}`);
    if (isClassB(body.value)) return n2nError(c, 400, "Invalid request: Class B devices cannot be enrolled through the API yet; contact NNNCo to enrol them");
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
    return c.json(payload(device), 201);
  });

  app.get("/devices/:id", (c) => {
    const device = deviceOf(c);
    return device ? c.json(payload(device)) : n2nError(c, 404, `Device '${c.req.param("id")}' not found`);
  });

  app.delete("/devices/:id", (c) => {
    const refused = refuseReadOnly(c, caller(c));
    if (refused) return refused;
    const device = deviceOf(c);
    if (!device) return n2nError(c, 404, `Device '${c.req.param("id")}' not found`);
    state.devices.splice(state.devices.indexOf(device), 1);
    return c.body(null, 204);
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
