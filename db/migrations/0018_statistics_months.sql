CREATE TABLE "stats_choice_months" (
	"month" date NOT NULL,
	"track" text NOT NULL,
	"unit_id" text NOT NULL,
	"question_id" text NOT NULL,
	"choice_id" text NOT NULL,
	"chosen" integer NOT NULL,
	CONSTRAINT "stats_choice_months_month_track_unit_id_question_id_choice_id_pk" PRIMARY KEY("month","track","unit_id","question_id","choice_id")
);
--> statement-breakpoint
CREATE TABLE "stats_question_months" (
	"month" date NOT NULL,
	"track" text NOT NULL,
	"unit_id" text NOT NULL,
	"question_id" text NOT NULL,
	"answered" integer NOT NULL,
	"correct" integer NOT NULL,
	"sum_rest" bigint NOT NULL,
	"sum_rest_squared" bigint NOT NULL,
	"sum_correct_rest" bigint NOT NULL,
	CONSTRAINT "stats_question_months_month_track_unit_id_question_id_pk" PRIMARY KEY("month","track","unit_id","question_id")
);
--> statement-breakpoint
-- Rollups computed before this migration: their months are summed once here; the job keeps them up after.
INSERT INTO "stats_question_months" ("month", "track", "unit_id", "question_id", "answered", "correct", "sum_rest", "sum_rest_squared", "sum_correct_rest")
SELECT date_trunc('month', "day")::date, "track", "unit_id", "question_id", sum("answered"), sum("correct"), sum("sum_rest"), sum("sum_rest_squared"), sum("sum_correct_rest")
FROM "stats_question_days" GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO "stats_choice_months" ("month", "track", "unit_id", "question_id", "choice_id", "chosen")
SELECT date_trunc('month', "day")::date, "track", "unit_id", "question_id", "choice_id", sum("chosen")
FROM "stats_choice_days" GROUP BY 1, 2, 3, 4, 5;
