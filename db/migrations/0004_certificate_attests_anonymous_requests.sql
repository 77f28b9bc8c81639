ALTER TABLE "data_requests" DROP CONSTRAINT "data_requests_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "data_requests" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "data_requests" ALTER COLUMN "message" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "professional_category" text;--> statement-breakpoint
ALTER TABLE "data_requests" ADD COLUMN "fulfilled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "data_requests" ADD COLUMN "fulfilled_by" text;--> statement-breakpoint
ALTER TABLE "data_requests" ADD COLUMN "fulfilled_by_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_fulfilled_by_staff_id_users_id_fk" FOREIGN KEY ("fulfilled_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_requests_anonymous_idx" ON "data_requests" USING btree ("fulfilled_at") WHERE "data_requests"."user_id" is null;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_anonymous_without_message" CHECK ("data_requests"."user_id" is not null or "data_requests"."message" is null);