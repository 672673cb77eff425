CREATE TABLE "unsettled_changes" (
	"key" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"operation" text NOT NULL,
	"sending_until" timestamp (3) with time zone,
	"lost_at" timestamp (3) with time zone,
	"before" jsonb,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_channels" ADD COLUMN "failing_notice_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "unsettled_changes_connection_idx" ON "unsettled_changes" USING btree ("connection_id");