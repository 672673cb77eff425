import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZAlertMuteInput } from "@/lib/alerts/mute-schemas";
import { createConnection } from "../connections";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { testDatabases } from "../db/test-databases";
import { createMute, deleteMute, listActiveMutes } from "./alert-mutes";
import { backgroundSettled } from "../background-work";

const T0 = new Date(Date.UTC(2026, 10, 2, 9, 0, 0));
const HOUR = 3_600_000;

describe.each(testDatabases())("alert mutes on $name", ({ open }) => {
  let database: TDatabase;
  let megaportId = "";
  let netticaId = "";

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 6).toString("base64");
    database = await open();
    useDatabaseForTests(database);
    megaportId = (await createConnection({ vendor: "megaport", name: "Megaport", baseUrl: "https://api-staging.megaport.com", values: { accessKey: "ak-123456", secretKey: "sk-abcdefghijkl" }, clearSecrets: [] })).id;
    netticaId = (await createConnection({ vendor: "nettica", name: "Nettica lab", baseUrl: "https://my.nettica.com/api/v1.0", values: { apiKey: "nettica-api-0123456789abcdef" }, clearSecrets: [] })).id;
  });
  afterAll(async () => {
    await backgroundSettled();
    useDatabaseForTests(undefined);
    await database.close();
  });

  it("mutes a rule on one connection or on all, names them in the admin's words, and lists only those in force", async () => {
    const one = await createMute(ZAlertMuteInput.parse({ rule: "megaport.service_down", connectionId: megaportId, hours: 4, reason: "planned maintenance in SYD" }), "ops@example.test", T0);
    expect(one).toMatchObject({ rule: "megaport.service_down", ruleWords: "Megaport: services down", connection: "Megaport", until: new Date(T0.getTime() + 4 * HOUR).toISOString(), reason: "planned maintenance in SYD", createdBy: "ops@example.test" });
    const all = await createMute(ZAlertMuteInput.parse({ rule: "nettica.vpn_down", hours: 1 }), "ops@example.test", T0);
    expect(all).toMatchObject({ ruleWords: "Nettica: VPNs down (the monitor)", connectionId: null, connection: null });
    expect((await listActiveMutes(new Date(T0.getTime() + 30 * 60_000))).map((mute) => mute.id)).toEqual([all.id, one.id]);
    expect((await listActiveMutes(new Date(T0.getTime() + 2 * HOUR))).map((mute) => mute.id)).toEqual([one.id]);
    expect(await deleteMute(one.id)).toMatchObject({ id: one.id, rule: "megaport.service_down" });
    await expect(deleteMute(one.id)).rejects.toMatchObject({ status: 404 });
    await expect(deleteMute("not-a-uuid")).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a rule Patchbay does not alert on, a mute of no time or over 30 days, and a connection of another vendor", async () => {
    expect(ZAlertMuteInput.safeParse({ rule: "megaport.everything", hours: 1 }).success).toBe(false);
    expect(ZAlertMuteInput.safeParse({ rule: "megaport.service_down", hours: 0 }).success).toBe(false);
    expect(ZAlertMuteInput.safeParse({ rule: "megaport.service_down", hours: 721 }).success).toBe(false);
    expect(ZAlertMuteInput.safeParse({ rule: "megaport.service_down", hours: 1.5 }).success).toBe(false);
    await expect(createMute(ZAlertMuteInput.parse({ rule: "megaport.service_down", connectionId: netticaId, hours: 1 }), "ops@example.test", T0)).rejects.toMatchObject({
      status: 400,
      fieldErrors: { connectionId: [expect.any(String)] },
    });
    await expect(createMute(ZAlertMuteInput.parse({ rule: "n2n.device_silent", connectionId: "env:n2n", hours: 1 }), "ops@example.test", T0)).rejects.toMatchObject({ status: 400 });
  });
});
