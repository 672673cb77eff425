CREATE TABLE "search_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"connection_key" text NOT NULL,
	"connection_id" text NOT NULL,
	"vendor" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"detail" text NOT NULL,
	"href" text NOT NULL,
	"role" text DEFAULT 'viewer' NOT NULL,
	"terms" text NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"network" "cidr"
);
--> statement-breakpoint
CREATE TABLE "search_index_state" (
	"connection_key" text PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"refreshed_at" timestamp (3) with time zone,
	"checked_at" timestamp (3) with time zone,
	"refreshing_until" timestamp (3) with time zone,
	"digest" text,
	"entries" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE INDEX "search_entries_connection_idx" ON "search_entries" USING btree ("connection_key");--> statement-breakpoint
CREATE INDEX "search_entries_network_idx" ON "search_entries" USING gist ("network" inet_ops);--> statement-breakpoint
CREATE INDEX "search_index_state_connection_idx" ON "search_index_state" USING btree ("connection_id");