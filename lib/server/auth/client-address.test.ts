import { describe, expect, it } from "vitest";
import { clientOf } from "./client-address";

describe("clientOf", () => {
  it("takes the address the nearest proxy appended, not what the client claimed first", () => {
    expect(clientOf(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9", "user-agent": "UA" }))).toEqual({ ip: "203.0.113.9", userAgent: "UA" });
    expect(clientOf({ "x-forwarded-for": "127.0.0.1" })).toEqual({ ip: "127.0.0.1", userAgent: null });
    expect(clientOf({ "x-real-ip": "198.51.100.1" }).ip).toBe("198.51.100.1");
    expect(clientOf(undefined)).toEqual({ ip: null, userAgent: null });
  });
});
