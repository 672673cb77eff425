CREATE TABLE "ecosystem_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"ecosystem" text NOT NULL,
	"thing" text NOT NULL,
	"thing_name" text NOT NULL,
	"change" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ecosystem_changes_ecosystem_idx" ON "ecosystem_changes" USING btree ("connection_id","ecosystem");