import { describe, expect, it } from "vitest";
import { z } from "zod";
import { collectUnreadable, describeUnreadable, zItems, zOneOrMany, zVendorTime } from "./tolerant";

const ZProduct = z.looseObject({ productUid: z.string(), resources: z.looseObject({ vll: z.looseObject({ id: z.number() }).optional() }).optional() });

describe("tolerant lists", () => {
  it("keep the records that fit and say which one did not, and why", () => {
    const payload = [{ productUid: "a" }, { productUid: "b", resources: { vll: "gone" } }, { productUid: "c" }];
    const { value, unreadable } = collectUnreadable(() => zItems(ZProduct, "product").parse(payload));
    expect(value.map((p) => p.productUid)).toEqual(["a", "c"]);
    expect(unreadable).toHaveLength(1);
    expect(describeUnreadable(unreadable[0]!)).toMatch(/^product 2 \(b\): resources\.vll — /);
  });

  it("report records of a nested list to the same parse, and read null as empty", () => {
    const ZParent = z.object({ uid: z.string(), children: zItems(z.object({ uid: z.string() }), "VXC") });
    const { value, unreadable } = collectUnreadable(() => zItems(ZParent, "port").parse([{ uid: "p", children: [{ uid: "x" }, { uid: 7 }] }, { uid: "q", children: null }]));
    expect(value).toEqual([{ uid: "p", children: [{ uid: "x" }] }, { uid: "q", children: [] }]);
    expect(unreadable.map((u) => u.record)).toEqual(["VXC 2 (7)"]);
  });

  it("read one object where a list was expected as a list of one", () => {
    expect(zOneOrMany(z.object({ id: z.number() })).parse({ id: 1 })).toEqual([{ id: 1 }]);
  });
});

describe("vendor times", () => {
  it("read epoch ms, ISO strings, zero dates and null", () => {
    expect(zVendorTime.parse(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(zVendorTime.parse("1700000000000")).toBe(1_700_000_000_000);
    expect(zVendorTime.parse("2024-05-01T10:00:00Z")).toBe(Date.parse("2024-05-01T10:00:00Z"));
    expect(zVendorTime.parse("2024-05-01T10:00:00.123456789+02:00")).toBe(Date.parse("2024-05-01T08:00:00.123Z"));
    expect(zVendorTime.parse(null)).toBeNull();
    expect(zVendorTime.parse("0000-00-00 00:00:00")).toBeNull();
    expect(zVendorTime.parse("not a date")).toBeNull();
    // A record without the key at all is read, not left out.
    expect(z.object({ createDate: zVendorTime }).parse({})).toEqual({ createDate: null });
  });
});
