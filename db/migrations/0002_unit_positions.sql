CREATE TABLE "unit_positions" (
	"user_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"section_index" integer,
	"video_seconds" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_positions_user_id_unit_id_pk" PRIMARY KEY("user_id","unit_id"),
	CONSTRAINT "unit_positions_section_range" CHECK ("unit_positions"."section_index" between 0 and 99),
	CONSTRAINT "unit_positions_video_range" CHECK ("unit_positions"."video_seconds" between 0 and 36000)
);
--> statement-breakpoint
ALTER TABLE "unit_positions" ADD CONSTRAINT "unit_positions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;