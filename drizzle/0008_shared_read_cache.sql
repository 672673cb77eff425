CREATE TABLE "read_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"reply" text,
	"expires_at" timestamp (3) with time zone,
	"loading_until" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE INDEX "read_cache_connection_idx" ON "read_cache" USING btree ("connection_id");