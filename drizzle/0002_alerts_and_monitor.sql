CREATE TABLE "alert_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"settings" jsonb NOT NULL,
	"secrets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_delivery_at" timestamp with time zone,
	"last_delivery_ok" boolean,
	"last_delivery_error" text,
	"last_delivery_test" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"connection_id" text NOT NULL,
	"connection_name" text NOT NULL,
	"device_id" text NOT NULL,
	"device_name" text NOT NULL,
	"vpn_id" text NOT NULL,
	"vpn_name" text NOT NULL,
	"net_name" text NOT NULL,
	"last_seen" timestamp with time zone,
	"message" text NOT NULL,
	"deliveries" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"delivery_status" text DEFAULT 'pending' NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"claimed_by" text
);
--> statement-breakpoint
CREATE TABLE "monitor_state" (
	"connection_id" text NOT NULL,
	"vpn_id" text NOT NULL,
	"device_id" text NOT NULL,
	"device_name" text NOT NULL,
	"vpn_name" text NOT NULL,
	"net_name" text NOT NULL,
	"state" text NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "monitor_state_connection_id_vpn_id_pk" PRIMARY KEY("connection_id","vpn_id")
);
--> statement-breakpoint
CREATE INDEX "alert_events_at_idx" ON "alert_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "alert_events_outbox_idx" ON "alert_events" USING btree ("next_attempt_at") WHERE "alert_events"."delivery_status" = 'pending';