import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TAttentionItem, TAttentionSection } from "@/lib/attention/attention-types";
import { AttentionList } from "./attention-list";
import { VendorAttention } from "./vendor-attention";

const NOW = Date.parse("2026-01-01T12:00:00Z");
const down: TAttentionItem = {
  id: "nettica/c1/device_down/device-1",
  vendor: "nettica",
  connectionId: "c1",
  connectionName: "Nettica lab",
  kind: "nettica.device_down",
  severity: "critical",
  title: "lon-gw-01 is down",
  detail: "last seen 12 min ago",
  href: "/nettica/devices/device-1?connection=c1",
  since: "2026-01-01T11:48:00Z",
};
const disabled: TAttentionItem = { ...down, id: "nettica/c1/vpn_disabled/vpn-1", kind: "nettica.vpn_disabled", severity: "warning", title: "VPN lon.hq is disabled", detail: "on lon-gw-01", since: null };
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("the attention view as the browser receives it", () => {
  it("lists each item as a link named by its title, with its severity, detail, connection and how long it has waited", () => {
    const html = renderToStaticMarkup(createElement(AttentionList, { items: [down, disabled], now: NOW }));
    expect(html).toMatch(/<a [^>]*href="\/nettica\/devices\/device-1\?connection=c1"[^>]*>lon-gw-01 is down<\/a>/);
    expect(text(html)).toContain("Critical lon-gw-01 is down last seen 12 min ago Nettica · Nettica lab for 12 min");
    expect(text(html)).toContain("Warning VPN lon.hq is disabled");
    expect(html).toContain('dateTime="2026-01-01T11:48:00Z"');
  });

  it("says so when nothing needs attention", () => {
    expect(text(renderToStaticMarkup(createElement(AttentionList, { items: [], now: NOW })))).toBe("Nothing needs attention on any connection.");
  });

  it("shows per connection counts in plain numbers, All clear, or why it could not be checked", () => {
    const section: TAttentionSection = {
      vendor: "nettica",
      connections: [
        { id: "c1", name: "Nettica lab", state: "ok", error: null, checkedAt: "2026-01-01T12:00:00Z" },
        { id: "c2", name: "Nettica quiet", state: "ok", error: null, checkedAt: "2026-01-01T12:00:00Z" },
        { id: "c3", name: "Nettica old key", state: "failed", error: "Nettica refused the API key.", checkedAt: "2026-01-01T12:00:00Z" },
      ],
      items: [down, { ...down, id: "nettica/c1/device_down/device-2" }, disabled],
    };
    const html = renderToStaticMarkup(createElement(VendorAttention, { section }));
    expect(text(html)).toBe("Nettica · VPN devices Nettica lab 2 devices down 1 VPN disabled Nettica quiet All clear Nettica old key Could not be checked: Nettica refused the API key.");
    expect(html).toContain('<h3 id="attention-nettica"');
  });
});
