CREATE TABLE "alert_mutes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule" text NOT NULL,
	"connection_id" text,
	"until" timestamp (3) with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attention_alerts" (
	"connection_key" text NOT NULL,
	"item_id" text NOT NULL,
	"connection_id" text NOT NULL,
	"vendor" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"title" text NOT NULL,
	"detail" text NOT NULL,
	"href" text NOT NULL,
	"entered_at" timestamp (3) with time zone NOT NULL,
	"announced" boolean NOT NULL,
	CONSTRAINT "attention_alerts_connection_key_item_id_pk" PRIMARY KEY("connection_key","item_id")
);
--> statement-breakpoint
CREATE TABLE "attention_judgements" (
	"connection_key" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"judged_at" timestamp (3) with time zone NOT NULL,
	"baseline_done" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "device_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "device_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "vpn_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "vpn_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "net_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "vendor" text;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "rule" text;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "item_id" text;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "detail" text;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "href" text;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "severity" text;--> statement-breakpoint
-- Every event so far is the Nettica monitor's: described as record-observations.ts now writes them
-- (the item id's connection part is percent-encoded there; ids in use hold no character but ":" that needs it).
UPDATE "alert_events" SET
	"vendor" = 'nettica',
	"rule" = 'nettica.vpn_down',
	"item_id" = 'nettica/' || replace("connection_id", ':', '%3A') || '/vpn_down/' || "vpn_id",
	"title" = 'VPN ' || "vpn_name" || ' on ' || "device_name" || ' is down',
	"detail" = 'in network ' || "net_name",
	"severity" = 'critical';--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "vendor" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "rule" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "item_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "detail" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ALTER COLUMN "severity" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "muted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "alert_mutes_until_idx" ON "alert_mutes" USING btree ("until");--> statement-breakpoint
CREATE INDEX "attention_alerts_connection_idx" ON "attention_alerts" USING btree ("connection_id");--> statement-breakpoint
CREATE INDEX "alert_events_item_idx" ON "alert_events" USING btree ("item_id");