CREATE TABLE "pending_enrolments" (
	"key" text PRIMARY KEY NOT NULL,
	"enrolment" text,
	"generating_until" timestamp with time zone,
	"generated_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
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
