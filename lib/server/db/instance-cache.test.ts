import { describe, expect, it, vi } from "vitest";
import { instanceCache } from "./instance-cache";
import { openDatabase } from "./open-database";
import { suiteDatabase } from "./test-databases";

describe("an instance's copy of rows read on every request", () => {
  suiteDatabase(() => openDatabase({ dir: null }));

  it("is used until a change, and dropped at once by one", async () => {
    const copies = instanceCache<number>("test-rows", 5_000);
    let loads = 0;
    const read = () => copies.read("row", async () => ++loads);
    expect([await read(), await read(), await read()]).toEqual([1, 1, 1]);
    await copies.changed();
    expect(await read()).toBe(2);
  });

  it("is never used past its bound, even when no change notice arrives", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const copies = instanceCache<number>("test-bound", 5_000);
      let loads = 0;
      const read = () => copies.read("row", async () => ++loads);
      await read();
      vi.advanceTimersByTime(4_999);
      expect(await read()).toBe(1);
      vi.advanceTimersByTime(2);
      expect(await read()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps no copy of a row read while a change was under way", async () => {
    const copies = instanceCache<string>("test-race", 5_000);
    let release!: () => void;
    const slow = copies.read("row", () => new Promise<string>((resolve) => (release = () => resolve("before the change"))));
    await copies.changed();
    release();
    expect(await slow).toBe("before the change");
    expect(await copies.read("row", async () => "after the change")).toBe("after the change");
  });
});
