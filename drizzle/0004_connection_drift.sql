CREATE TABLE "connection_drift" (
	"connection_id" text NOT NULL,
	"operation" text NOT NULL,
	"count" integer NOT NULL,
	"reason" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "connection_drift_connection_id_operation_pk" PRIMARY KEY("connection_id","operation")
);
