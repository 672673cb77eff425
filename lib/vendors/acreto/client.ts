import "server-only";
import { z } from "zod";
import { VendorError, callVendor, isVendorError, pathSegment, type TUpstreamConnection } from "@/lib/server/upstream";
import {
  ZAcretoDeviceToken,
  ZAcretoEcosystem,
  ZAcretoEcosystems,
  ZAcretoGroups,
  ZAcretoOtpEnrollment,
  ZAcretoThing,
  ZAcretoThings,
  ZAcretoUsers,
  type TAcretoThingInput,
  type TAcretoVpnProfile,
} from "./schemas";

// Every function takes `otp`: the admin's one-time code when Acreto asked for one (424), used once.

const LIST_TTL_MS = 5_000;
/** Every viewer of an ecosystem shares one status read per this long: the commit-progress poll. */
const ECOSYSTEM_STATUS_TTL_MS = 2_000;

export type TEcosystemRef = { customer: string; ecosystem: string };
export type TTokenSubject = { kind: "user" | "thing"; id: string };
/** A whole Thing as PUT needs it: every field, including ones Patchbay does not know. */
export type TAcretoThingBody = { uuid: string; [field: string]: unknown };

const ecosystemsPath = (customer: string) => `/customers/${pathSegment(customer)}/ecosystems`;
const ecosystemPath = (ref: TEcosystemRef) => `${ecosystemsPath(ref.customer)}/${pathSegment(ref.ecosystem)}`;
const thingPath = (ref: TEcosystemRef, thing: string) => `${ecosystemPath(ref)}/devices/${pathSegment(thing)}`;

export async function listEcosystems(conn: TUpstreamConnection, customer: string, otp?: string) {
  const request = { method: "GET", path: ecosystemsPath(customer), cacheTtlMs: LIST_TTL_MS, otp, operation: "acreto.listEcosystems" } as const;
  return (await callVendor(conn, request, ZAcretoEcosystems)).data;
}

/** One ecosystem; its status is what the commit progress and the change checks read. */
export async function getEcosystem(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string) {
  const request = { method: "GET", path: ecosystemPath(ref), cacheTtlMs: ECOSYSTEM_STATUS_TTL_MS, otp, operation: "acreto.getEcosystem" } as const;
  return (await callVendor(conn, request, ZAcretoEcosystem)).data;
}

/** Profile groups. */
export async function listGroups(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string) {
  const request = { method: "GET", path: `${ecosystemPath(ref)}/groups`, cacheTtlMs: LIST_TTL_MS, otp, operation: "acreto.listGroups" } as const;
  return (await callVendor(conn, request, ZAcretoGroups)).data;
}

export async function listThings(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string) {
  const request = { method: "GET", path: `${ecosystemPath(ref)}/devices`, cacheTtlMs: LIST_TTL_MS, otp, operation: "acreto.listThings" } as const;
  return (await callVendor(conn, request, ZAcretoThings)).data;
}

/** Never cached: an edit starts from it, and a PUT built on a stale copy would undo someone's change. */
export async function getThing(conn: TUpstreamConnection, ref: TEcosystemRef, thing: string, otp?: string) {
  const request = { method: "GET", path: thingPath(ref, thing), otp, operation: "acreto.getThing" } as const;
  return (await callVendor(conn, request, ZAcretoThing)).data;
}

/** POST: never retried by the core, so a lost reply cannot create the Thing twice. */
export async function createThing(conn: TUpstreamConnection, ref: TEcosystemRef, thing: TAcretoThingInput, otp?: string) {
  const request = { method: "POST", path: `${ecosystemPath(ref)}/devices`, body: thing, otp, operation: "acreto.createThing" } as const;
  return (await callVendor(conn, request, ZAcretoThing)).data;
}

/** PUT replaces the whole Thing (fields left out are zeroed): `thing` must carry every field. Safe to resend. */
export async function replaceThing(conn: TUpstreamConnection, ref: TEcosystemRef, thing: TAcretoThingBody, otp?: string) {
  const request = { method: "PUT", path: thingPath(ref, thing.uuid), body: thing, idempotent: true, otp, operation: "acreto.replaceThing" } as const;
  return (await callVendor(conn, request, ZAcretoThing)).data;
}

export async function deleteThing(conn: TUpstreamConnection, ref: TEcosystemRef, thing: string, otp?: string): Promise<void> {
  await callVendor(conn, { method: "DELETE", path: thingPath(ref, thing), otp, operation: "acreto.deleteThing" });
}

/** The ecosystem's users (people who connect with a VPN profile). */
export async function listUsers(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string) {
  const request = { method: "GET", path: `${ecosystemPath(ref)}/users`, cacheTtlMs: LIST_TTL_MS, otp, operation: "acreto.listUsers" } as const;
  return (await callVendor(conn, request, ZAcretoUsers)).data;
}

/** Empty POST, no reply body. A POST is never retried by the core: one click, one commit. */
export async function commitChanges(conn: TUpstreamConnection, ref: TEcosystemRef, otp?: string): Promise<void> {
  await callVendor(conn, { method: "POST", path: `${ecosystemPath(ref)}/commits`, otp, operation: "acreto.commitChanges" });
}

/** A device token that downloads a VPN profile for a user or a Thing; Acreto's policy may shorten `ttl`. */
export async function createDeviceToken(conn: TUpstreamConnection, ref: TEcosystemRef, subject: TTokenSubject, ttl?: number, otp?: string) {
  const path = `${ecosystemPath(ref)}/${subject.kind === "user" ? "users" : "devices"}/${pathSegment(subject.id)}/token`;
  const body = ttl === undefined ? {} : { ttl };
  const request = { method: "POST", path, body, otp, operation: `acreto.create${subject.kind === "user" ? "User" : "Thing"}Token` } as const;
  return (await callVendor(conn, request, ZAcretoDeviceToken)).data;
}

/** Starts TOTP enrolment: a new secret each time (the previous pending one stops working). */
export async function enrollOtp(conn: TUpstreamConnection, username: string, otp?: string) {
  const request = { method: "POST", path: `/users/${pathSegment(username)}/otp`, otp, operation: "acreto.enrollOtp" } as const;
  return (await callVendor(conn, request, ZAcretoOtpEnrollment)).data;
}

/** Activates TOTP with a code from the authenticator app; a wrong code is refused with the vendor's message. */
export async function activateOtp(conn: TUpstreamConnection, username: string, code: string, otp?: string): Promise<void> {
  await callVendor(conn, { method: "PATCH", path: `/users/${pathSegment(username)}/otp`, body: { code }, otp, operation: "acreto.activateOtp" });
}

const DEFAULT_PROFILE_NAME = "acreto-vpn-profile.ovpn";

/** The vendor's attachment name, reduced to a safe file name ending in .ovpn. */
function profileFilename(contentDisposition: string | undefined): string {
  const given = /filename="?([^";]+)"?/i.exec(contentDisposition ?? "")?.[1];
  const safe = given?.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "");
  if (!safe) return DEFAULT_PROFILE_NAME;
  return safe.toLowerCase().endsWith(".ovpn") ? safe : `${safe}.ovpn`;
}

/** The OpenVPN profile a device token unlocks; sent without the admin's bearer, as an end user would. */
export async function vpnProfile(conn: TUpstreamConnection, deviceToken: string): Promise<TAcretoVpnProfile> {
  try {
    const { data, headers } = await callVendor(
      conn,
      { method: "GET", path: "/tlsvpn/config/openvpn-udp", query: { _token: deviceToken }, anonymous: true, responseType: "text", operation: "acreto.vpnProfile" },
      z.string(),
    );
    return { profile: data, filename: profileFilename(headers["content-disposition"]) };
  } catch (error) {
    // Here a 403 is about the device token, not the connection's credentials.
    if (isVendorError(error) && error.status === 403) {
      throw new VendorError({ vendor: "acreto", status: 403, code: "upstream_error", refusedRequest: true, message: "The token is invalid or has expired: generate a new one." });
    }
    throw error;
  }
}
