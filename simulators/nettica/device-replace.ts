import { z } from "zod";
import type { TNetticaDeviceRecord } from "./records";

/** Go's hostname rule the real API applies to device and VPN names. */
export const HOSTNAME = /^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;

// encoding/json into model.Device: null leaves a field at its zero value, a wrong type fails the bind (422).
const zGoString = z.string().nullish();
const zGoBool = z.boolean().nullish();
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

export const ZDeviceBody = z.looseObject({
  id: zGoString,
  server: zGoString,
  apiKey: zGoString,
  accountid: zGoString,
  name: zGoString,
  description: zGoString,
  enable: zGoBool,
  tags: z.array(z.string()).nullish(),
  platform: zGoString,
  os: zGoString,
  arch: zGoString,
  version: zGoString,
  checkInterval: z.number().int().nullish(),
  serviceGroup: zGoString,
  serviceApiKey: zGoString,
  logging: zGoString,
  registered: zGoBool,
  updateKeys: zGoBool,
  instanceid: zGoString,
  ezcode: zGoString,
  push: zGoString,
  voip: zGoString,
  lastSeen: z.string().regex(RFC3339, "parsing time as RFC 3339").nullish(),
});
export type TDeviceBody = z.infer<typeof ZDeviceBody>;

/** model.Device.IsValid on what was sent (not on the stored device). */
function isValid(body: TDeviceBody): boolean {
  const name = body.name ?? "";
  return (
    name.length >= 1 &&
    name.length <= 253 &&
    HOSTNAME.test(name) &&
    name.split(".").every((label) => label.length >= 1 && label.length <= 63) &&
    Boolean(body.server) &&
    Boolean(body.apiKey)
  );
}

/**
 * PATCH /device/:id as core.UpdateDevice does it: the body replaces the device. Every field not
 * sent is zeroed — description, enable, tags, platform, os, arch, version, lastSeen, ezcode… —
 * except name, server, apiKey, checkInterval, serviceGroup and serviceApiKey, which an empty value
 * keeps; but the body must carry `id`, a valid `name`, `server` and `apiKey` or nothing changes.
 */
export function replaceDevice(device: TNetticaDeviceRecord, body: TDeviceBody, now: number, updatedBy: string): { ok: true } | { ok: false; error: string } {
  if ((body.id ?? "") !== device.id) return { ok: false, error: "records Id mismatch" };
  if (!isValid(body)) return { ok: false, error: "failed to validate device" };
  const os = body.os ?? "";
  const registered = body.registered ?? false;
  const instanceid = body.instanceid || undefined;
  const ezcode = body.ezcode || undefined;
  // Nettica's rule: a new instance id or enrolment code unregisters the device, unless `registered` itself changed.
  const keepsRegistration = registered !== device.registered || (instanceid === device.instanceid && ezcode === device.ezcode);
  const lastSeen = body.lastSeen ? Date.parse(body.lastSeen) : undefined;
  Object.assign(device, {
    name: body.name ?? device.name,
    description: body.description ?? "",
    ...(body.accountid?.startsWith("account-") ? { accountid: body.accountid } : {}),
    server: body.server ?? device.server,
    apiKey: body.apiKey ?? device.apiKey,
    updated: now,
    updatedBy,
    push: body.push || undefined,
    voip: body.voip || undefined,
    enable: body.enable ?? false,
    logging: body.logging ?? "",
    tags: body.tags ?? null,
    os,
    platform: body.platform || (os === "windows" ? "Windows" : os === "linux" ? "Linux" : ""),
    arch: body.arch ?? "",
    version: body.version ?? "",
    checkInterval: body.checkInterval || device.checkInterval || 10,
    ...(body.serviceGroup ? { serviceGroup: body.serviceGroup } : {}),
    ...(body.serviceApiKey ? { serviceApiKey: body.serviceApiKey } : {}),
    registered: keepsRegistration ? registered : false,
    instanceid,
    ezcode,
    updateKeys: body.updateKeys ?? false,
    lastSeenSet: { at: now, value: lastSeen === undefined || Number.isNaN(lastSeen) ? undefined : lastSeen },
  } satisfies Partial<TNetticaDeviceRecord>);
  return { ok: true };
}
