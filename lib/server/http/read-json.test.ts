import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpError } from "./errors";
import { MAX_BODY_BYTES, readBodyText } from "./read-body-text";
import { readJson } from "./read-json";
import { readQuery } from "./read-query";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://console.test/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return error instanceof HttpError ? error.status : error instanceof z.ZodError ? 400 : 500;
  }
}

/** A body streamed in 16 KB chunks with no Content-Length, as a chunked upload arrives. */
function chunked(totalBytes: number, onPull: () => void, onCancel = () => {}): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    cancel: onCancel,
    pull(controller) {
      onPull();
      if (sent >= totalBytes) return controller.close();
      const chunk = new Uint8Array(16 * 1024).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe("reading request bodies", () => {
  it("parses JSON of the right type through the schema", async () => {
    expect(await readJson(post(JSON.stringify({ a: "x" })), z.object({ a: z.string() }))).toEqual({ a: "x" });
    expect(await readJson(post("{}", { "content-type": "application/json; charset=utf-8" }), z.object({}))).toEqual({});
  });

  it("refuses other media types with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json-patch+json", "application/jsonp", "text/json", ""]) {
      expect(await statusOf(readJson(post("{}", { "content-type": type }), z.object({}))), type).toBe(415);
    }
  });

  it("refuses invalid JSON and invalid UTF-8 with 400", async () => {
    expect(await statusOf(readJson(post("{"), z.unknown()))).toBe(400);
    expect(await statusOf(readJson(post(new Uint8Array([0x22, 0xff, 0x22])), z.unknown()))).toBe(400);
  });

  it("refuses a declared or streamed body over the limit with 413, without holding or reading it all", async () => {
    expect(await statusOf(readJson(post("x".repeat(MAX_BODY_BYTES + 1)), z.unknown()))).toBe(413);
    expect(await statusOf(readBodyText(post("{}", { "content-length": String(10 * MAX_BODY_BYTES) })))).toBe(413);
    expect(await statusOf(readBodyText(post("{}", { "content-length": "12abc" })))).toBe(400);
    let pulls = 0;
    let cancelled = false;
    const huge = chunked(1024 * 1024 * 1024, () => (pulls += 1), () => void (cancelled = true));
    expect(await statusOf(readBodyText(post(huge, { "content-type": "application/json" })))).toBe(413);
    // Before the 413, the rest is read and dropped (so the client sees it, not a reset) up to 4 MB, then cut.
    expect(cancelled).toBe(true);
    expect(pulls * 16).toBeGreaterThan(4096);
    expect(pulls * 16).toBeLessThan(4096 + 64 + 64);
    // A body declared too large is refused without keeping a byte, once what the client sends is drained.
    let declaredPulls = 0;
    const declared = chunked(1024 * 1024, () => (declaredPulls += 1));
    expect(await statusOf(readBodyText(post(declared, { "content-type": "application/json", "content-length": String(1024 * 1024) })))).toBe(413);
    expect(declaredPulls).toBeGreaterThan(1024 / 16);
  });

  it("reads each query parameter once", () => {
    expect(readQuery(new URL("http://x/?a=1&b=%20two"))).toEqual({ a: "1", b: " two" });
    expect(() => readQuery(new URL("http://x/?a=1&a=2"))).toThrow(/once/);
    expect(Object.keys(readQuery(new URL("http://x/?__proto__=x&constructor=y")))).toEqual(["__proto__", "constructor"]);
  });
});
