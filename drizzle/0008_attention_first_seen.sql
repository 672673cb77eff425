CREATE TABLE "attention_state" (
	"id" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"kind" text NOT NULL,
	"first_seen" timestamp (3) with time zone NOT NULL,
	"last_seen" timestamp (3) with time zone NOT NULL,
	"cleared_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE INDEX "attention_state_connection_idx" ON "attention_state" USING btree ("connection_id");--> statement-breakpoint
CREATE INDEX "attention_state_last_seen_idx" ON "attention_state" USING btree ("last_seen");