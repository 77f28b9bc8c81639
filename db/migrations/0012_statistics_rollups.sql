CREATE TABLE "stats_choice_days" (
	"day" date NOT NULL,
	"track" text NOT NULL,
	"unit_id" text NOT NULL,
	"question_id" text NOT NULL,
	"choice_id" text NOT NULL,
	"chosen" integer NOT NULL,
	CONSTRAINT "stats_choice_days_day_track_unit_id_question_id_choice_id_pk" PRIMARY KEY("day","track","unit_id","question_id","choice_id")
);
--> statement-breakpoint
CREATE TABLE "stats_question_days" (
	"day" date NOT NULL,
	"track" text NOT NULL,
	"unit_id" text NOT NULL,
	"question_id" text NOT NULL,
	"answered" integer NOT NULL,
	"correct" integer NOT NULL,
	"sum_rest" bigint NOT NULL,
	"sum_rest_squared" bigint NOT NULL,
	"sum_correct_rest" bigint NOT NULL,
	CONSTRAINT "stats_question_days_day_track_unit_id_question_id_pk" PRIMARY KEY("day","track","unit_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "stats_rollup_state" (
	"name" text PRIMARY KEY NOT NULL,
	"computed_through" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_track_days" (
	"day" date NOT NULL,
	"track" text NOT NULL,
	"metric" text NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "stats_track_days_day_track_metric_pk" PRIMARY KEY("day","track","metric")
);
--> statement-breakpoint
CREATE TABLE "stats_unit_days" (
	"day" date NOT NULL,
	"track" text NOT NULL,
	"unit_id" text NOT NULL,
	"studied" integer NOT NULL,
	"attempts" integer NOT NULL,
	"first_attempts" integer NOT NULL,
	"first_passes" integer NOT NULL,
	"validations" integer NOT NULL,
	"attempts_to_validate" integer NOT NULL,
	CONSTRAINT "stats_unit_days_day_track_unit_id_pk" PRIMARY KEY("day","track","unit_id")
);
--> statement-breakpoint
CREATE TABLE "stats_unit_study_minutes" (
	"day" date NOT NULL,
	"track" text NOT NULL,
	"unit_id" text NOT NULL,
	"minutes" integer NOT NULL,
	"learners" integer NOT NULL,
	CONSTRAINT "stats_unit_study_minutes_day_track_unit_id_minutes_pk" PRIMARY KEY("day","track","unit_id","minutes")
);
--> statement-breakpoint
CREATE INDEX "users_created_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "users_email_verified_idx" ON "users" USING btree ("email_verified_at");--> statement-breakpoint
CREATE INDEX "quiz_attempts_submitted_idx" ON "quiz_attempts" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "unit_progress_first_viewed_idx" ON "unit_progress" USING btree ("first_viewed_at");--> statement-breakpoint
CREATE INDEX "unit_progress_validated_idx" ON "unit_progress" USING btree ("validated_at");--> statement-breakpoint
CREATE INDEX "certificates_issued_idx" ON "certificates" USING btree ("issued_at");