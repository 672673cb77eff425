import { describe, expect, it } from "vitest";
import { ExpiringMap } from "./expiring-map";

describe("ExpiringMap", () => {
  it("forgets an entry ttlMs after it was set", () => {
    let now = 0;
    const map = new ExpiringMap<string, number>({ ttlMs: 1_000, maxEntries: 10, now: () => now });
    map.set("a", 1);
    now = 999;
    expect(map.get("a")).toBe(1);
    now = 1_000;
    expect(map.get("a")).toBeUndefined();
  });

  it("drops expired entries first, then the oldest, when full", () => {
    let now = 0;
    const map = new ExpiringMap<string, number>({ ttlMs: 100, maxEntries: 2, now: () => now });
    map.set("a", 1);
    now = 50;
    map.set("b", 2);
    map.set("c", 3); // full: "a" is the oldest
    expect([map.get("a"), map.get("b"), map.get("c")]).toEqual([undefined, 2, 3]);
    now = 120; // "b" has expired, "c" has not
    map.set("d", 4);
    expect([map.get("b"), map.get("c"), map.get("d")]).toEqual([undefined, 3, 4]);
  });

  it("a set renews the entry's time", () => {
    let now = 0;
    const map = new ExpiringMap<string, number>({ ttlMs: 100, maxEntries: 10, now: () => now });
    map.set("a", 1);
    now = 80;
    map.set("a", 2);
    now = 150;
    expect(map.get("a")).toBe(2);
    expect(map.delete("a")).toBe(true);
    expect(map.get("a")).toBeUndefined();
  });
});
