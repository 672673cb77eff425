CREATE TABLE "attention_episodes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"connection_key" text NOT NULL,
	"connection_id" text NOT NULL,
	"connection_name" text NOT NULL,
	"vendor" text NOT NULL,
	"rule" text NOT NULL,
	"item_id" text NOT NULL,
	"title" text NOT NULL,
	"severity" text NOT NULL,
	"href" text,
	"started_at" timestamp (3) with time zone NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"muted" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attention_thresholds" (
	"connection_id" text PRIMARY KEY NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "attention_episodes_open_idx" ON "attention_episodes" USING btree ("connection_key","item_id") WHERE "attention_episodes"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "attention_episodes_vendor_started_idx" ON "attention_episodes" USING btree ("vendor","started_at");--> statement-breakpoint
CREATE INDEX "attention_episodes_ended_idx" ON "attention_episodes" USING btree ("ended_at");