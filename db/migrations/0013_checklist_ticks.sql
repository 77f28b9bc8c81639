CREATE TABLE "checklist_ticks" (
	"user_id" uuid NOT NULL,
	"checklist_id" text NOT NULL,
	"ticked" integer[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_ticks_user_id_checklist_id_pk" PRIMARY KEY("user_id","checklist_id"),
	CONSTRAINT "checklist_ticks_count" CHECK (cardinality("checklist_ticks"."ticked") between 1 and 30)
);
--> statement-breakpoint
ALTER TABLE "checklist_ticks" ADD CONSTRAINT "checklist_ticks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;