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
CREATE INDEX "vendor_tokens_connection_idx" ON "vendor_tokens" USING btree ("connection_id");