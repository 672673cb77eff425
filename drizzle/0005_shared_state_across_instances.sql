CREATE TABLE "pending_enrolments" (
	"key" text PRIMARY KEY NOT NULL,
	"enrolment" text,
	"generating_until" timestamp with time zone,
	"generated_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "read_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"reply" text,
	"expires_at" timestamp (3) with time zone,
	"loading_until" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "throttle_calls" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"credential_key" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "throttle_state" (
	"credential_key" text PRIMARY KEY NOT NULL,
	"paused_until" timestamp (3) with time zone,
	"day" text NOT NULL,
	"calls_today" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "totp_steps" (
	"owner" text PRIMARY KEY NOT NULL,
	"step" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_jobs" (
	"key" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone,
	"since_known" boolean DEFAULT false NOT NULL,
	"seen_running" boolean DEFAULT false NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"sending_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_tokens" (
	"key" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"version" integer NOT NULL,
	"token" text,
	"value_hash" text,
	"expires_at" timestamp with time zone,
	"renew_at" timestamp with time zone,
	"refreshing_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_events" ADD COLUMN "delivery_key" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
CREATE INDEX "read_cache_connection_idx" ON "read_cache" USING btree ("connection_id");--> statement-breakpoint
CREATE INDEX "throttle_calls_key_at_idx" ON "throttle_calls" USING btree ("credential_key","at");--> statement-breakpoint
CREATE INDEX "vendor_tokens_connection_idx" ON "vendor_tokens" USING btree ("connection_id");