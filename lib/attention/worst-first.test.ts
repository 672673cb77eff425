import { describe, expect, it } from "vitest";
import { kindCount } from "./attention-kinds";
import type { TAttentionItem } from "./attention-types";
import { kindCounts } from "./kind-counts";
import { worstFirst } from "./worst-first";

const item = (title: string, severity: TAttentionItem["severity"], since: string | null, kind: TAttentionItem["kind"] = "nettica.device_down"): TAttentionItem => ({
  id: `nettica/c1/x/${title}`,
  vendor: "nettica",
  connectionId: "c1",
  connectionName: "Lab",
  kind,
  severity,
  title,
  detail: "",
  href: "/nettica?connection=c1",
  since,
});

describe("the order and counts an admin reads", () => {
  it("puts critical before warning, then what has waited longest, an unknown start last", () => {
    const items = [
      item("warning, old", "warning", "2026-01-01T08:00:00Z"),
      item("critical, new", "critical", "2026-01-01T10:00:00Z"),
      item("critical, unknown start", "critical", null),
      item("critical, old", "critical", "2026-01-01T09:00:00Z"),
    ];
    expect([...items].sort(worstFirst).map((i) => i.title)).toEqual(["critical, old", "critical, new", "critical, unknown start", "warning, old"]);
  });

  it("counts each kind in the order it first appears, in plain words", () => {
    const counts = kindCounts([item("a", "critical", null), item("b", "warning", null, "nettica.vpn_disabled"), item("c", "critical", null)]);
    expect(counts.map(([kind, count]) => kindCount(kind, count))).toEqual(["2 devices down", "1 VPN disabled"]);
    expect(kindCount("megaport.connection_failing", 1)).toBe("1 connection failing");
  });
});
