import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testMessage } from "./alert-message";
import type { TChannelTarget } from "./channel-target";
import { sendToChannel } from "./send-to-channel";
import { sendWebhook } from "./send-webhook";
import { startSmtpReceiver, type TSmtpReceiver } from "./testing/smtp-receiver";
import { startWebhookReceiver, type TWebhookReceiver } from "./testing/webhook-receiver";

const LOGIN = { user: "mailer", password: "mailer-pass-Vb71Ks" };
const HOOK_PATH = "/services/T1/B2/hookSecretValue987";

describe("sending to a channel", () => {
  let smtp: TSmtpReceiver;
  let webhook: TWebhookReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver(LOGIN);
    webhook = await startWebhookReceiver();
  });
  afterAll(async () => {
    await Promise.all([smtp.close(), webhook.close()]);
  });

  const email = (password: string): TChannelTarget => ({
    kind: "email",
    id: "c1",
    name: "Mail",
    settings: { host: "127.0.0.1", port: smtp.port, tls: "none", user: LOGIN.user, from: "Patchbay <alerts@example.test>", to: ["ops@example.test"] },
    password,
  });

  it("mails through a real SMTP server with the user and password", async () => {
    expect(await sendToChannel(email(LOGIN.password), testMessage("Mail", new Date()))).toEqual({ ok: true });
    expect(smtp.mails.at(-1)).toMatchObject({ subject: "Patchbay test alert", to: ["ops@example.test"], from: "alerts@example.test" });
  });

  it("says so when the SMTP server refuses the password, without quoting it", async () => {
    const outcome = await sendToChannel(email("wrong-password-123"), testMessage("Mail", new Date()));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/refused the user name or password/);
    expect(JSON.stringify(outcome)).not.toContain("wrong-password-123");
  });

  it("posts Slack-style JSON to a webhook", async () => {
    const target = { kind: "webhook", id: "c2", name: "Hook", url: webhook.url(HOOK_PATH) } as const;
    expect(await sendToChannel(target, testMessage("Hook", new Date()))).toEqual({ ok: true });
    expect(webhook.hooks.at(-1)!.json).toMatchObject({ text: expect.stringContaining('test of the alert channel "Hook"'), test: true, event: null });
  });

  it("does not follow a redirect, and never quotes the webhook URL in the error", async () => {
    webhook.answer.status = 302;
    webhook.answer.location = webhook.url("/elsewhere");
    const before = webhook.hooks.length;
    const outcome = await sendToChannel({ kind: "webhook", id: "c2", name: "Hook", url: webhook.url(HOOK_PATH) }, testMessage("Hook", new Date()));
    webhook.answer.status = 200;
    webhook.answer.location = undefined;
    expect(outcome).toEqual({ ok: false, error: "The webhook answered 302 (a redirect); use the final URL" });
    expect(webhook.hooks.length).toBe(before);
  });

  it("gives up on a webhook that does not answer in time", async () => {
    const { createServer } = await import("node:net");
    const sockets: import("node:net").Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    const started = Date.now();
    await expect(sendWebhook(`http://127.0.0.1:${port}/x`, testMessage("Hook", new Date()), 300)).rejects.toThrow(/timeout|aborted/i);
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("names a refused connection without quoting the webhook's secret path", async () => {
    const { createServer } = await import("node:net");
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await sendToChannel({ kind: "webhook", id: "c3", name: "Down", url: `http://127.0.0.1:${port}/services/T/B/hookSecretValue987` }, testMessage("Down", new Date()));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not connect/) });
    expect(JSON.stringify(outcome)).not.toContain("hookSecretValue987");
  });
});
