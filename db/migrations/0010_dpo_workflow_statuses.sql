-- The DPO queue's statuses become received → in_progress → answered | refused: every request closed so
-- far was handled (by staff, or by the account's deletion), so "closed" reads as "answered".
UPDATE data_requests SET status = 'answered' WHERE status = 'closed';
--> statement-breakpoint
-- An account's deletion (ON DELETE SET NULL) keeps its requests as anonymous accountability records:
-- the learner's message and the staff's answer are cleared and an open request is put down as answered
-- (fulfilled by the deletion), in the same statement, whatever path deleted the account.
CREATE OR REPLACE FUNCTION vigie_anonymise_data_request() RETURNS trigger AS $$
BEGIN
  NEW.message := NULL;
  NEW.response := NULL;
  IF NEW.status NOT IN ('answered', 'refused') THEN
    NEW.status := 'answered';
  END IF;
  NEW.fulfilled_at := COALESCE(NEW.fulfilled_at, now());
  NEW.fulfilled_by := COALESCE(NEW.fulfilled_by, 'retention');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Its history stays too (who did what, when), without the notes written to the learner.
CREATE OR REPLACE FUNCTION vigie_anonymise_data_request_events() RETURNS trigger AS $$
BEGIN
  UPDATE data_request_events SET note = NULL WHERE request_id = NEW.id AND note IS NOT NULL;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER data_requests_anonymise_events AFTER UPDATE ON data_requests
  FOR EACH ROW WHEN (OLD.user_id IS NOT NULL AND NEW.user_id IS NULL)
  EXECUTE FUNCTION vigie_anonymise_data_request_events();
