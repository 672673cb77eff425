import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZAlertChannelInput, ZAlertChannelPatch } from "@/lib/alerts/channel-schemas";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { testDatabases } from "../db/test-databases";
import { loadChannelRow } from "./channel-row";
import { createChannel, deleteChannel, listChannels, updateChannel } from "./channel-store";
import { channelTarget } from "./channel-target";

const PASSWORD = "smtp-Pa55word-Zq81";
const HOOK = "https://hooks.slack.com/services/T0001/B0002/XyZsecretToken123";

const emailInput = (extra: Record<string, unknown> = {}) =>
  ZAlertChannelInput.parse({ kind: "email", name: "NOC", host: "smtp.example.test", port: 587, tls: "starttls", user: "alerts", password: PASSWORD, from: "alerts@example.test", to: "noc@example.test, oncall@example.test", ...extra });

describe.each(testDatabases())("alert channels on $name", ({ open }) => {
  let database: TDatabase;
  const rawTables = async () => {
    const result = await database.db.execute(sql`select settings::text || secrets::text as text from alert_channels`);
    return (result as unknown as { rows: { text: string }[] }).rows.map((row) => row.text).join("\n");
  };
  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 5).toString("base64");
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });

  it("keeps the SMTP password and the webhook URL only encrypted, and shows neither", async () => {
    const email = await createChannel(emailInput());
    const webhook = await createChannel(ZAlertChannelInput.parse({ kind: "webhook", name: "Slack", url: HOOK }));
    expect(email).toMatchObject({ kind: "email", email: { host: "smtp.example.test", to: ["noc@example.test", "oncall@example.test"] }, secrets: { password: { set: true } } });
    expect(webhook).toMatchObject({ kind: "webhook", webhook: { host: "hooks.slack.com" }, secrets: { url: { set: true } } });
    const shown = JSON.stringify(await listChannels());
    expect(shown).not.toContain(PASSWORD);
    expect(shown).not.toContain("XyZsecretToken123");
    expect(await rawTables()).not.toMatch(/Pa55word|XyZsecretToken123/);
    expect(channelTarget(await loadChannelRow(webhook.id))).toMatchObject({ url: HOOK });
  });

  it("keeps the password on an edit that leaves it empty, replaces it when given, and refuses to change the kind", async () => {
    const created = await createChannel(emailInput({ name: "Edit me" }));
    const renamed = await updateChannel(created.id, ZAlertChannelPatch.parse({ kind: "email", name: "Edited", port: 2525, password: "" }));
    expect(renamed).toMatchObject({ channel: { name: "Edited", email: { port: 2525 } }, replacedSecrets: [] });
    expect(channelTarget(await loadChannelRow(created.id))).toMatchObject({ password: PASSWORD });
    const replaced = await updateChannel(created.id, ZAlertChannelPatch.parse({ kind: "email", password: "new-password-1" }));
    expect(replaced.replacedSecrets).toEqual(["password"]);
    expect(channelTarget(await loadChannelRow(created.id))).toMatchObject({ password: "new-password-1" });
    await expect(updateChannel(created.id, ZAlertChannelPatch.parse({ kind: "webhook", url: HOOK }))).rejects.toMatchObject({ status: 400 });
    await expect(updateChannel(created.id, ZAlertChannelPatch.parse({ kind: "email", clearPassword: true }))).rejects.toMatchObject({ status: 400, fieldErrors: { password: expect.any(Array) } });
    const anonymous = await updateChannel(created.id, ZAlertChannelPatch.parse({ kind: "email", user: "", clearPassword: true }));
    expect(anonymous).toMatchObject({ channel: { secrets: { password: { set: false } } }, clearedSecrets: ["password"] });
    await deleteChannel(created.id);
    await expect(loadChannelRow(created.id)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a user without a password, bad addresses and a webhook URL with credentials", async () => {
    await expect(createChannel(emailInput({ password: undefined }))).rejects.toMatchObject({ status: 400 });
    expect(ZAlertChannelInput.safeParse({ ...emailInput(), to: "not-an-address" }).success).toBe(false);
    expect(ZAlertChannelInput.safeParse({ ...emailInput(), from: "a@b.test\r\nBcc: x@y.test" }).success).toBe(false);
    expect(ZAlertChannelInput.safeParse({ ...emailInput(), host: "smtp://host" }).success).toBe(false);
    expect(ZAlertChannelInput.safeParse({ kind: "webhook", name: "x", url: "https://u:p@hooks.example.test/x" }).success).toBe(false);
    expect(ZAlertChannelInput.safeParse({ kind: "webhook", name: "x", url: "ftp://hooks.example.test/x" }).success).toBe(false);
  });

  it("keeps a webhook's format (generic for a channel made before formats), changes it on an edit, and refuses an unknown one", async () => {
    const slack = await createChannel(ZAlertChannelInput.parse({ kind: "webhook", name: "Slack #noc", url: HOOK, format: "slack" }));
    expect(slack).toMatchObject({ webhook: { host: "hooks.slack.com", format: "slack" } });
    expect(channelTarget(await loadChannelRow(slack.id))).toMatchObject({ kind: "webhook", format: "slack" });
    const teams = await updateChannel(slack.id, ZAlertChannelPatch.parse({ kind: "webhook", format: "teams", url: "" }));
    expect(teams.channel).toMatchObject({ webhook: { host: "hooks.slack.com", format: "teams" } });
    expect(teams.replacedSecrets).toEqual([]);
    expect(channelTarget(await loadChannelRow(slack.id))).toMatchObject({ url: HOOK, format: "teams" });

    const plain = await createChannel(ZAlertChannelInput.parse({ kind: "webhook", name: "Receiver", url: "https://hooks.example.test/in" }));
    expect(plain.kind === "webhook" && plain.webhook.format).toBe("generic");
    // As a channel stored before this release: settings with the host only.
    await database.db.execute(sql`update alert_channels set settings = jsonb_build_object('host', settings->>'host') where id = ${plain.id}`);
    expect((await listChannels()).find((channel) => channel.id === plain.id)).toMatchObject({ webhook: { host: "hooks.example.test", format: "generic" } });
    expect(channelTarget(await loadChannelRow(plain.id))).toMatchObject({ format: "generic" });
    const renamed = await updateChannel(plain.id, ZAlertChannelPatch.parse({ kind: "webhook", name: "Receiver 2" }));
    expect(renamed.channel).toMatchObject({ name: "Receiver 2", webhook: { format: "generic" } });

    const refused = ZAlertChannelInput.safeParse({ kind: "webhook", name: "x", url: HOOK, format: "discord" });
    expect(refused.success).toBe(false);
    expect(refused.error?.flatten().fieldErrors).toMatchObject({ format: [expect.any(String)] });
    expect(ZAlertChannelPatch.safeParse({ kind: "webhook", format: "Slack" }).success).toBe(false);
  });
});
