CREATE TABLE "certificate_revocations" (
	"certificate_id" text PRIMARY KEY NOT NULL,
	"revoked_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"replaced_by" text
);
