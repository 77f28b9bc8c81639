CREATE TABLE "data_request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"step" text NOT NULL,
	"staff_id" uuid,
	"from_status" text,
	"to_status" text,
	"identity_method" text,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "data_requests" ADD COLUMN "channel" text DEFAULT 'account' NOT NULL;--> statement-breakpoint
ALTER TABLE "data_requests" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "data_requests" ADD COLUMN "identity_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "data_requests" ADD COLUMN "identity_method" text;--> statement-breakpoint
ALTER TABLE "data_request_events" ADD CONSTRAINT "data_request_events_request_id_data_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_request_events" ADD CONSTRAINT "data_request_events_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_request_events_request_idx" ON "data_request_events" USING btree ("request_id","at");--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_anonymous_without_response" CHECK ("data_requests"."user_id" is not null or "data_requests"."response" is null);