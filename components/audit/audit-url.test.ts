import { describe, expect, it } from "vitest";
import { auditUrlQuery, type TAuditView } from "./audit-url";
import { auditViewOf } from "./audit-url-parse";

const nowMs = Date.UTC(2026, 2, 10, 12, 0, 0);
const view = (filters: Partial<TAuditView["filters"]> = {}, cursors: number[] = []): TAuditView => ({
  filters: { q: "", action: "", outcome: "", range: { preset: "7d", anchorMs: nowMs, fromDay: "", toDay: "" }, ...filters },
  cursors,
});
const read = (query: string) => auditViewOf(Object.fromEntries(new URLSearchParams(query)), nowMs);

describe("the audit page's filters in the address bar", () => {
  it("reads no query as the defaults: the last 7 days, everything, the first page", () => {
    expect(auditViewOf({}, nowMs)).toEqual(view());
  });

  it("reads back every filter and the page it wrote", () => {
    const chosen = view({ q: "ada@patchbay.test", action: "user.", outcome: "failed", range: { preset: "custom", anchorMs: nowMs, fromDay: "2026-03-01", toDay: "2026-03-02" } }, [4912, 4812]);
    const query = auditUrlQuery(chosen);
    expect(query).toBe("q=ada%40patchbay.test&action=user.&outcome=failed&range=custom&from=2026-03-01&to=2026-03-02&before=4912%2C4812");
    expect(read(query)).toEqual(chosen);
    expect(read("range=24h")).toEqual(view({ range: { preset: "24h", anchorMs: nowMs, fromDay: "", toDay: "" } }));
  });

  it("leaves defaults, and a preset's days, out of the address", () => {
    expect(auditUrlQuery(view())).toBe("");
    expect(auditUrlQuery(view({ q: "  ", range: { preset: "all", anchorMs: nowMs, fromDay: "2026-03-01", toDay: "" } }))).toBe("range=all");
  });

  it("leaves each value the page would not offer at its default, and keeps the others", () => {
    expect(read("action=drop.table&outcome=maybe&range=1y&q=ok")).toEqual(view({ q: "ok" }));
    expect(read(`q=${"x".repeat(201)}&outcome=denied`)).toEqual(view({ outcome: "denied" }));
    expect(read("range=custom&from=2026-02-30&to=2026-13-45")).toEqual(view({ range: { preset: "custom", anchorMs: nowMs, fromDay: "", toDay: "" } }));
    expect(read("range=7d&from=2026-03-01")).toEqual(view());
    expect(read("range=custom&from=03/02/2026")).toEqual(view({ range: { preset: "custom", anchorMs: nowMs, fromDay: "", toDay: "" } }));
  });

  it("falls back to the default range when the days run the wrong way round", () => {
    expect(read("range=custom&from=2026-03-02&to=2026-03-01&outcome=ok")).toEqual(view({ outcome: "ok" }));
  });

  it("starts at the first page unless every cursor is an id older than the one before", () => {
    expect(read("before=4912")).toEqual(view({}, [4912]));
    for (const before of ["", "0", "-3", "12,12", "12,40", "4912,abc", "1.5", Array.from({ length: 101 }, (_, i) => 1000 - i).join(",")]) {
      expect(read(`before=${encodeURIComponent(before)}`).cursors, before).toEqual([]);
    }
  });

  it("reads a value given twice as not given", () => {
    expect(auditViewOf({ outcome: ["ok", "failed"], q: "ada" }, nowMs)).toEqual(view({ q: "ada" }));
  });
});
