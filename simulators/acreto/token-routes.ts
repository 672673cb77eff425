import { z } from "zod";
import type { TSimContext, TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { ACRETO_ERRORS, acretoError } from "./errors";
import type { TAcretoDeviceToken, TAcretoState } from "./records";
import { ecosystemScope } from "./scope";

const ZTokenRequest = z.looseObject({ ttl: z.number().int().positive().optional() });

/**
 * Device tokens for users and Things, and the OpenVPN profile they unlock:
 * GET /tlsvpn/config/openvpn-udp?_token=… (no bearer; 403 when the token is bad or expired).
 */
export function registerTokenRoutes(kit: TSimKit, state: TAcretoState, random: TRandom): void {
  const { app, clock } = kit;

  const issue = async (c: TSimContext, kind: "user" | "thing") => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    const text = await c.req.text();
    let json: unknown = {};
    try {
      json = text.trim() ? JSON.parse(text) : {};
    } catch {
      return acretoError(c, 400, ACRETO_ERRORS.badRequest, "Invalid JSON.");
    }
    const request = ZTokenRequest.safeParse(json);
    if (!request.success) return acretoError(c, 400, ACRETO_ERRORS.badRequest, "ttl must be a positive number of seconds.");
    const id = c.req.param("subject");
    const subject =
      kind === "user"
        ? state.users.find((u) => u.ecosystemUuid === scope.ecosystem.uuid && (u.uuid === id || u.username === id))
        : state.things.find((t) => t.ecosystemUuid === scope.ecosystem.uuid && t.uuid === id);
    if (!subject) return acretoError(c, 404, ACRETO_ERRORS.notFound, kind === "user" ? "User not found." : "Thing not found.");
    // The policy may override the ttl asked for.
    const ttl = Math.min(request.data.ttl ?? state.settings.deviceTokenTtlSeconds, state.settings.deviceTokenMaxTtlSeconds);
    const token = `s.${random.alnum(24)}`;
    const name = "username" in subject ? subject.username : subject.name;
    state.deviceTokens.set(token, {
      token,
      ecosystemUuid: scope.ecosystem.uuid,
      subject: { kind, uuid: subject.uuid, name },
      expiresAt: clock.now() + ttl * 1000,
    });
    return c.json({ token });
  };

  app.post("/customers/:customer/ecosystems/:ecosystem/users/:subject/token", (c) => issue(c, "user"));
  app.post("/customers/:customer/ecosystems/:ecosystem/devices/:subject/token", (c) => issue(c, "thing"));

  app.get("/tlsvpn/config/:platform", (c) => {
    const token = state.deviceTokens.get(c.req.query("_token") ?? "");
    if (!token || token.expiresAt <= clock.now()) return acretoError(c, 403, ACRETO_ERRORS.invalidToken);
    if (c.req.param("platform") !== "openvpn-udp") {
      return acretoError(c, 404, ACRETO_ERRORS.notFound, "Platform not implemented.");
    }
    const ecosystem = state.ecosystems.find((e) => e.uuid === token.ecosystemUuid);
    return c.body(openVpnProfile(token, ecosystem?.nsps[0]?.name ?? "EWR1", random), 200, {
      "Content-Type": "application/x-openvpn-profile",
      "Content-Disposition": `attachment; filename="${slug(token.subject.name)}.ovpn"`,
    });
  });
}

function openVpnProfile(token: TAcretoDeviceToken, nsp: string, random: TRandom): string {
  const pem = (label: string) =>
    [`-----BEGIN ${label}-----`, ...Array.from({ length: 6 }, () => Buffer.from(random.bytes(48)).toString("base64")), `-----END ${label}-----`].join("\n");
  const lines = [
    `# Acreto ecosystem VPN profile for ${token.subject.name}`,
    "client",
    "dev tun",
    "proto udp",
    `remote ${nsp.toLowerCase()}.nsp.acreto.net 1194`,
    "resolv-retry infinite",
    "nobind",
    "persist-key",
    "persist-tun",
    "remote-cert-tls server",
    "cipher AES-256-GCM",
    "verb 3",
    token.subject.kind === "user" ? "auth-user-pass" : "",
    `<ca>\n${pem("CERTIFICATE")}\n</ca>`,
    token.subject.kind === "thing" ? `<cert>\n${pem("CERTIFICATE")}\n</cert>\n<key>\n${pem("PRIVATE KEY")}\n</key>` : "",
  ];
  return `${lines.filter(Boolean).join("\n")}\n`;
}

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-").toLowerCase();
}
