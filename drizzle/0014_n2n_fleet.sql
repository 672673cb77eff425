CREATE TABLE "n2n_fleet_devices" (
	"connection_key" text NOT NULL,
	"connection_id" text NOT NULL,
	"device_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"enterprise_id" text NOT NULL,
	"group_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"device_type" text,
	"network" text NOT NULL,
	"enrolment" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone,
	"last_online" timestamp (3) with time zone,
	"terms" text NOT NULL,
	"signal_at" timestamp (3) with time zone,
	"rssi" double precision,
	"snr" double precision,
	"battery" double precision,
	"battery_unit" text,
	CONSTRAINT "n2n_fleet_devices_connection_key_device_id_pk" PRIMARY KEY("connection_key","device_id")
);
--> statement-breakpoint
CREATE TABLE "n2n_fleet_scans" (
	"connection_key" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"scanned_at" timestamp (3) with time zone,
	"checked_at" timestamp (3) with time zone,
	"scanning_until" timestamp (3) with time zone,
	"devices" integer DEFAULT 0 NOT NULL,
	"unreadable" integer DEFAULT 0 NOT NULL,
	"error" text,
	"error_code" text,
	"error_status" integer
);
--> statement-breakpoint
CREATE INDEX "n2n_fleet_devices_connection_idx" ON "n2n_fleet_devices" USING btree ("connection_id");--> statement-breakpoint
CREATE INDEX "n2n_fleet_scans_connection_idx" ON "n2n_fleet_scans" USING btree ("connection_id");