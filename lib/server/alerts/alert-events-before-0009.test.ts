import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { describe, expect, it } from "vitest";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import { alertEvents } from "../db/schema";
import * as schema from "../db/schema";
import { vpnAlertFields } from "../monitor/vpn-alert-fields";
import { alertMessage } from "./alert-message";

const MIGRATIONS = path.join(process.cwd(), "drizzle");

/** The migrations as a console had them before this release: 0000–0008. */
function migrationsBefore0009(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as { entries: { idx: number; tag: string }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < 9);
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  for (const entry of journal.entries) fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  return dir;
}

describe("alert events recorded before migration 0009", () => {
  it("keep their meaning: Nettica VPN events, described as the monitor describes them now, and sent as before", async () => {
    const client = await PGlite.create();
    const folder = migrationsBefore0009();
    try {
      const db = drizzle(client, { schema });
      await migrate(db, { migrationsFolder: folder });
      await client.query(
        `insert into alert_events (at, kind, connection_id, connection_name, device_id, device_name, vpn_id, vpn_name, net_name, message)
         values ('2026-03-01T10:00:00Z', 'down', 'env:nettica', 'Nettica (environment)', 'device-1', 'lon-gw-01', 'vpn-1', 'lon-gw-01.hq', 'hq', 'Nettica: your device lon-gw-01 … is down')`,
      );
      await migrate(db, { migrationsFolder: MIGRATIONS });

      const [old] = await db.select().from(alertEvents);
      const now = vpnAlertFields("env:nettica", { deviceId: "device-1", deviceName: "lon-gw-01", vpnId: "vpn-1", vpnName: "lon-gw-01.hq", netName: "hq" });
      expect(old).toMatchObject({ vendor: "nettica", rule: NETTICA_VPN_RULE, itemId: now.itemId, title: now.title, detail: now.detail, severity: "critical", href: null, deviceName: "lon-gw-01" });
      expect(alertMessage(old!)).toMatchObject({ subject: "Nettica VPN down: lon-gw-01 / lon-gw-01.hq", text: "Nettica: your device lon-gw-01 … is down" });
    } finally {
      await client.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
