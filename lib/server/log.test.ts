import { describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { VendorError } from "./upstream/vendor-error";

const KEY = "nettica-api-0123456789abcdefghij0123456789f2c";
const TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHBpcnkiOjYwMH0.c2lnbmF0dXJl";
const PASSWORD = "correct horse battery staple";

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) }, "debug");
  return { logger, lines };
}

describe("the pino logger", () => {
  it("never writes a key, token or password, whatever shape they come in", () => {
    const { logger, lines } = capture();
    logger.info({ password: PASSWORD, connection: { values: { apiKey: KEY } } }, "saved");
    logger.debug({ url: `https://api.megaport.com/v2/products?token=${TOKEN}`, headers: { Authorization: `Bearer ${TOKEN}`, "X-API-KEY": KEY } }, "call");
    logger.warn({ err: new VendorError({ vendor: "nettica", status: 401, code: "upstream_unauthorized", message: "refused" }), access_token: TOKEN }, "failed");
    const output = lines.join("\n");
    expect(lines).toHaveLength(3);
    for (const secret of [KEY, TOKEN, PASSWORD]) expect(output).not.toContain(secret);
    expect(output).toContain("nett…9f2c");
    expect(output).toContain("Bearer eyJh…dXJl");
    expect(JSON.parse(lines[2])).toMatchObject({ err: { code: "upstream_unauthorized", vendor: "nettica", message: "refused" } });
  });
});
