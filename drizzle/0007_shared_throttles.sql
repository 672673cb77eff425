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
CREATE INDEX "throttle_calls_key_at_idx" ON "throttle_calls" USING btree ("credential_key","at");