import { describe, expect, it } from "vitest";
import { isSensitiveName, mask, redactHeaders, redactUrl, redactValue, scrubSecrets } from "./redact";

const KEY = "nettica-api-0123456789abcdefghij0123456789f2c";

describe("redaction", () => {
  it("masks as first 4 … last 4, and short values whole", () => {
    expect(mask(KEY)).toBe("nett…9f2c");
    expect(mask("123456")).toBe("****");
    expect(mask(mask(KEY))).toBe("nett…9f2c");
  });

  it("knows secret names in their usual spellings", () => {
    for (const name of ["apiKey", "X-API-KEY", "x-auth-token", "X-OTP", "access_token", "_token", "secretKey", "totpSecret", "newPassword", "hash", "session", "Authorization"]) {
      expect(isSensitiveName(name), name).toBe(true);
    }
    for (const name of ["publicKey", "name", "mask", "tags", "code", "expiresAt"]) expect(isSensitiveName(name), name).toBe(false);
  });

  it("masks every secret of a Nettica device, as GET /device sends them", () => {
    const secrets = {
      apiKey: "device-api-0123456789abcdefghij0123456789ab",
      serviceApiKey: "service-api-0123456789abcdefghij01234567",
      ezcode: "ez-0123456789ab",
      instanceid: "i-0123456789abcdef0",
      push: "4f1c2d3e4a5b4c6d8e9f0a1b2c3d4e5f4f1c2d3e4a5b4c6d8e9f0a1b2c3d4e5f",
      voip: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
    };
    const settings = { publicKey: "cHVibGljLWtleS10aGF0LW1heS1zaG93", privateKey: "cHJpdmF0ZS1rZXktdGhhdC1tdXN0LW5vdC1sZWFr", presharedKey: "cHJlc2hhcmVkLWtleS10aGF0LW11c3Qtbm90" };
    const text = JSON.stringify(redactValue({ devices: [{ id: "device-abcdefABCDEF", name: "nyc-gw-01", ...secrets, vpns: [{ current: settings }] }] }));
    for (const secret of [...Object.values(secrets), settings.privateKey, settings.presharedKey]) expect(text).not.toContain(secret);
    expect(text).toContain("nyc-gw-01");
    expect(text).toContain(settings.publicKey);
    expect(text).toContain('"ezcode":"****"');
  });

  it("masks secret query parameters and URL passwords, leaving the rest as sent", () => {
    const url = "https://ipam.example.com/api.php?target=ipam&tags=a%2Cb&apiKey=38-TMHQV8CV2XZYC2ZS&hash=5qOsXY7%2FyVuiG4czKo%2F%2B8yeKsfPRUPm6sjMFxVpPIrc%3D";
    expect(redactUrl(url)).toBe("https://ipam.example.com/api.php?target=ipam&tags=a%2Cb&apiKey=38-T…C2ZS&hash=5qOs…Irc=");
    expect(redactUrl("https://api.megaport.com/v2/products?token=dafb8cd2-762a-4633-943b-7d5886c34124")).toBe("https://api.megaport.com/v2/products?token=dafb…4124");
    expect(redactUrl("https://x/tlsvpn/config/openvpn-udp?_token=s.abcdefghijklmnopqrstuvwx")).toBe("https://x/tlsvpn/config/openvpn-udp?_token=s.ab…uvwx");
    expect(redactUrl("https://admin:hunter2@x/a")).toBe("https://****@x/a");
  });

  it("masks credential headers, keeping the Authorization scheme", () => {
    const headers = redactHeaders({
      Authorization: "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.payload.sig",
      "X-API-KEY": KEY,
      "X-Auth-Token": "dafb8cd2-762a-4633-943b-7d5886c34124",
      "X-OTP": "123456",
      "Content-Type": "application/json",
    });
    expect(headers).toEqual({
      Authorization: "Bearer eyJh….sig",
      "X-API-KEY": "nett…9f2c",
      "X-Auth-Token": "dafb…4124",
      "X-OTP": "****",
      "Content-Type": "application/json",
    });
  });

  it("redacts nested values for logs and the audit trail", () => {
    const redacted = redactValue({
      connection: { name: "Prod", values: { apiKey: KEY, tps: "5", password: "hunter2" } },
      otp: { barcode: "iVBORw0KGgoAAAANSUhEUgAAAMgAAADI", url: "otpauth://totp/Acreto:a?secret=P3YOQUQTABCDO2S5FNDOAMMBM7NGFQKG" },
      list: [{ token: "s.abcdefghijklmnopqrstuvwx" }],
      link: "https://x/a?apiKey=38-TMHQV8CV2XZYC2ZS",
    });
    expect(redacted).toEqual({
      connection: { name: "Prod", values: { apiKey: "nett…9f2c", tps: "5", password: "****" } },
      otp: "****",
      list: [{ token: "s.ab…uvwx" }],
      link: "https://x/a?apiKey=38-T…C2ZS",
    });
  });

  it("scrubs known secret values out of free text", () => {
    expect(scrubSecrets(`bad key ${KEY} (${encodeURIComponent(KEY)})`, [KEY])).toBe("bad key nett…9f2c (nett…9f2c)");
  });
});

describe("URLs inside free text", () => {
  const SESSION = "dafb8cd2-762a-4633-943b-7d5886c34124";

  it("masks the token of a URL quoted in a message, an error and its stack", () => {
    const url = `https://api.megaport.com/secure/party/company/203?token=${SESSION}&x=1`;
    expect(redactValue(`GET ${url} failed`)).toBe("GET https://api.megaport.com/secure/party/company/203?token=dafb…4124&x=1 failed");
    const error = redactValue({ err: new TypeError(`fetch failed for "${url}"`) }) as { err: { message: string; stack: string } };
    expect(error.err.message).toBe('fetch failed for "https://api.megaport.com/secure/party/company/203?token=dafb…4124&x=1"');
    expect(JSON.stringify(error)).not.toContain(SESSION);
    expect(redactValue("see https://example.com/docs and https://x.test/a?b=c")).toBe("see https://example.com/docs and https://x.test/a?b=c");
  });
});
