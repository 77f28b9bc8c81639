ALTER TABLE "user_sessions" ADD COLUMN "oidc_provider" text;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD COLUMN "oidc_id_token" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_chosen" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "names_verified_by" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "names_verified_by" text;