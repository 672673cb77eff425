import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { THistoryEpisode, THistoryVendor } from "@/lib/attention/history-types";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { HistoryVendors } from "./history-vendors";

const NOW = Date.parse("2026-01-01T12:00:00Z");
const down: THistoryEpisode = {
  id: 1,
  itemId: "nettica/c1/device_down/device-1",
  title: "lon-gw-01 is down",
  kind: "nettica.device_down",
  severity: "critical",
  connectionId: "c1",
  connectionName: "Nettica lab",
  start: "2026-01-01T10:02:00Z",
  end: "2026-01-01T10:41:00Z",
  href: "/nettica/devices/device-1?connection=c1",
  muted: false,
};
const section = (vendor: TVendor, episodes: THistoryEpisode[] = []): THistoryVendor => ({ vendor, total: episodes.length, episodes });
const render = (sections: THistoryVendor[], days = 7) => renderToStaticMarkup(createElement(HistoryVendors, { sections, days, now: NOW }));
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("the overview's history as the browser receives it", () => {
  it("says in one line that nothing needed attention when no vendor had an episode", () => {
    const html = render([section("nettica"), section("acreto"), section("megaport")]);
    expect(text(html)).toBe("No item entered or left attention in the last 7 days: the scheduled check records each change.");
    expect(html).not.toContain('data-testid="vendor-history"');
    expect(text(render([section("nettica")], 1))).toBe("No item entered or left attention in the last 24 hours: the scheduled check records each change.");
  });

  it("shows a card only for the vendors that needed attention, and names the quiet ones in one line", () => {
    const html = render([section("nettica", [down]), section("acreto"), section("megaport")]);
    expect(html.match(/data-testid="vendor-history"/g)).toHaveLength(1);
    expect(html).toContain('data-vendor="nettica"');
    expect(html).toContain('<h3 id="history-nettica"');
    expect(html).toMatch(/<a [^>]*href="\/nettica\/devices\/device-1\?connection=c1"[^>]*>lon-gw-01 is down<\/a>/);
    expect(text(html)).toMatch(/No changes: Acreto, Megaport\.$/);
  });

  it("leaves the quiet line out when every vendor needed attention", () => {
    const html = render([section("nettica", [down]), section("acreto", [{ ...down, id: 2 }])]);
    expect(html.match(/data-testid="vendor-history"/g)).toHaveLength(2);
    expect(html).not.toContain("Quiet");
  });
});
