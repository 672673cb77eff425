import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import { alertMessage, testMessage, type TStoredEvent } from "./alert-message";
import { sendToChannel } from "./send-to-channel";
import { slackWebhookBody } from "./slack-webhook-body";
import { teamsWebhookBody } from "./teams-webhook-body";
import { startWebhookReceiver, type TWebhookReceiver } from "./testing/webhook-receiver";

// The payloads as Slack and Microsoft Teams document them, modelled strictly (an unknown field fails):
// Slack's incoming webhooks take `text` (required; the notification and fallback) and Block Kit `blocks`
// (at most 50; a header's plain_text at most 150 characters, a section's text at most 3,000, a
// context at most 10 elements), with &, < and > escaped outside links. Teams' incoming webhooks and
// Workflows take `type: "message"` with Adaptive Card attachments (contentType
// application/vnd.microsoft.card.adaptive, contentUrl null), Action.OpenUrl among the actions they
// support and Action.Submit not.
const ZSlackText = z.object({ type: z.enum(["plain_text", "mrkdwn"]), text: z.string().min(1), emoji: z.boolean().optional() }).strict();
const ZSlackBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("header"), text: ZSlackText.extend({ type: z.literal("plain_text"), text: z.string().min(1).max(150) }) }).strict(),
  z.object({ type: z.literal("section"), text: ZSlackText.extend({ text: z.string().min(1).max(3_000) }) }).strict(),
  z.object({ type: z.literal("context"), elements: z.array(ZSlackText).min(1).max(10) }).strict(),
]);
const ZSlackMessage = z.object({ text: z.string().min(1), blocks: z.array(ZSlackBlock).max(50).optional() }).strict();

const ZTextBlock = z
  .object({
    type: z.literal("TextBlock"),
    text: z.string().min(1),
    wrap: z.boolean().optional(),
    weight: z.enum(["Default", "Lighter", "Bolder"]).optional(),
    size: z.enum(["Default", "Small", "Medium", "Large", "ExtraLarge"]).optional(),
    color: z.enum(["Default", "Dark", "Light", "Accent", "Good", "Warning", "Attention"]).optional(),
  })
  .strict();
const ZFactSet = z.object({ type: z.literal("FactSet"), facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) }).strict()).min(1) }).strict();
const ZOpenUrl = z.object({ type: z.literal("Action.OpenUrl"), title: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }).strict();
const ZAdaptiveCard = z
  .object({
    $schema: z.literal("http://adaptivecards.io/schemas/adaptive-card.json"),
    type: z.literal("AdaptiveCard"),
    version: z.string().regex(/^1\.[0-4]$/),
    body: z.array(z.discriminatedUnion("type", [ZTextBlock, ZFactSet])).min(1),
    actions: z.array(ZOpenUrl).optional(),
  })
  .strict();
const ZTeamsMessage = z
  .object({
    type: z.literal("message"),
    attachments: z.array(z.object({ contentType: z.literal("application/vnd.microsoft.card.adaptive"), contentUrl: z.null(), content: ZAdaptiveCard }).strict()).length(1),
  })
  .strict();

const CONNECTION_ID = "0b6c1e9e-2f57-4b8e-9d7e-4a8f2f0c1d3e";
const stored = (overrides: Partial<TStoredEvent> = {}): TStoredEvent => ({
  id: 41,
  deliveryKey: "7d1f6c0e-4d7a-4a57-9b1c-8e2f7a0b3c4d",
  kind: "down",
  at: new Date("2026-11-02T09:06:00.000Z"),
  vendor: "megaport",
  rule: "megaport.service_down",
  itemId: `megaport/${CONNECTION_ID}/service_down/uid-1`,
  title: "SYD-CORE-01 is down",
  detail: "Port is LIVE but not up",
  href: `/megaport/services/uid-1?connection=${CONNECTION_ID}`,
  severity: "critical",
  connectionId: CONNECTION_ID,
  connectionName: "Megaport",
  deviceName: null,
  vpnName: null,
  netName: null,
  lastSeen: null,
  message: 'SYD-CORE-01 is down: Port is LIVE but not up.\nCritical · Megaport, connection "Megaport" · needs attention since 2026-11-02T09:06:00Z.',
  ...overrides,
});
const vpnEvent = () =>
  stored({ vendor: "nettica", rule: NETTICA_VPN_RULE, title: "VPN lab-gw-01.lab-net on lab-gw-01 is down", detail: "in network lab-net", deviceName: "lab-gw-01", vpnName: "lab-gw-01.lab-net", netName: "lab-net", message: "Nettica: your device lab-gw-01 … is down" });

describe("webhook formats", () => {
  let webhook: TWebhookReceiver;
  beforeAll(async () => {
    webhook = await startWebhookReceiver();
  });
  afterAll(async () => {
    await webhook.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("names the item and its vendor in the subject, and links to its page when NEXTAUTH_URL is set", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://patchbay.example.test/api/auth");
    const entered = alertMessage(stored());
    expect(entered.subject).toBe("Patchbay: SYD-CORE-01 is down (Megaport)");
    expect(entered.text).toBe(`${stored().message}\nOpen in Patchbay: https://patchbay.example.test/megaport/services/uid-1?connection=${CONNECTION_ID}`);
    expect(entered.event).toMatchObject({ kind: "down", transition: "entered", vendor: "megaport", rule: "megaport.service_down", severity: "critical", title: "SYD-CORE-01 is down", device: null });
    expect(alertMessage(stored({ kind: "up" })).subject).toBe("Patchbay: clear again — SYD-CORE-01 is down (Megaport)");
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(alertMessage(stored()).text).toMatch(/\nIn Patchbay: \/megaport\/services\/uid-1\?connection=/);
    expect(alertMessage(stored()).event!.url).toBeNull();
  });

  it("keeps the Nettica monitor's messages as they were, with the generic fields beside them", () => {
    const message = alertMessage(vpnEvent());
    expect(message.subject).toBe("Nettica VPN down: lab-gw-01 / lab-gw-01.lab-net");
    expect(message.text).toBe("Nettica: your device lab-gw-01 … is down");
    expect(message.event).toMatchObject({ kind: "down", device: "lab-gw-01", vpn: "lab-gw-01.lab-net", network: "lab-net", vendor: "nettica", rule: NETTICA_VPN_RULE, transition: "entered" });
  });

  it("gives Slack an incoming-webhook message: text for the notification, blocks within Slack's limits, vendor text escaped", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://patchbay.example.test");
    const hostile = stored({ title: `<!channel> ${"x".repeat(200)} & <https://evil.example|click>`, detail: "a > b" });
    for (const message of [alertMessage(stored()), alertMessage(stored({ kind: "up", severity: "warning" })), alertMessage(hostile), alertMessage(vpnEvent()), testMessage("Slack", new Date())]) {
      const body = ZSlackMessage.parse(slackWebhookBody(message));
      const mrkdwn = (body.blocks ?? []).flatMap((block) => ("text" in block ? [block.text.text] : block.elements.map((element) => element.text)));
      // Only Patchbay's own link uses Slack's angle brackets.
      for (const text of [body.text, ...mrkdwn]) expect(text.replace(/<https:\/\/patchbay\.example\.test\/[^|>]+\|Open in Patchbay>/, "")).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    }
    const body = ZSlackMessage.parse(slackWebhookBody(alertMessage(stored())));
    expect(body.text).toBe("Patchbay: SYD-CORE-01 is down (Megaport)");
    expect(body.blocks!.at(-1)).toEqual({ type: "section", text: { type: "mrkdwn", text: `<https://patchbay.example.test/megaport/services/uid-1?connection=${CONNECTION_ID}|Open in Patchbay>` } });
    expect(JSON.stringify(slackWebhookBody(alertMessage(hostile)))).not.toContain("<!channel>");
  });

  it("gives Teams a message with one Adaptive Card: the subject, the text, the facts and a button to the item", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://patchbay.example.test");
    for (const message of [alertMessage(stored()), alertMessage(stored({ kind: "up" })), alertMessage(vpnEvent()), testMessage("Teams", new Date())]) ZTeamsMessage.parse(teamsWebhookBody(message));
    const card = ZTeamsMessage.parse(teamsWebhookBody(alertMessage(stored()))).attachments[0]!.content;
    expect(card.body[0]).toMatchObject({ type: "TextBlock", text: "Patchbay: SYD-CORE-01 is down (Megaport)", color: "Attention" });
    expect(card.body.find((element) => element.type === "FactSet")).toMatchObject({ facts: [{ title: "Vendor", value: "Megaport" }, { title: "Connection", value: "Megaport" }, { title: "Severity", value: "critical" }, { title: "Entered", value: "2026-11-02T09:06:00Z" }] });
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Open in Patchbay", url: `https://patchbay.example.test/megaport/services/uid-1?connection=${CONNECTION_ID}` }]);
    const cleared = ZTeamsMessage.parse(teamsWebhookBody(alertMessage(stored({ kind: "up" })))).attachments[0]!.content;
    expect(cleared.body[0]).toMatchObject({ color: "Good" });
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(ZTeamsMessage.parse(teamsWebhookBody(alertMessage(stored()))).attachments[0]!.content.actions).toBeUndefined();
  });

  it("posts each channel's format, with the same idempotency key", async () => {
    const message = alertMessage(stored());
    for (const format of ["generic", "slack", "teams"] as const) {
      expect(await sendToChannel({ kind: "webhook", id: `c-${format}`, name: format, url: webhook.url(`/hooks/${format}`), format }, message)).toEqual({ ok: true });
    }
    const [generic, slack, teams] = webhook.hooks.slice(-3);
    expect(generic!.json).toMatchObject({ text: message.text, subject: message.subject, test: false, event: { title: "SYD-CORE-01 is down", vendor: "megaport" } });
    ZSlackMessage.parse(slack!.json);
    ZTeamsMessage.parse(teams!.json);
    expect(new Set([generic, slack, teams].map((hook) => hook!.headers["idempotency-key"]))).toEqual(new Set([message.idempotencyKey]));
    expect(teams!.headers["content-type"]).toBe("application/json");
  });
});
