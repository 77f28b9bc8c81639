-- When an account goes (ON DELETE SET NULL), its data requests stay as anonymous accountability records:
-- the message is cleared and the request closed in the same statement, whatever path deleted the account.
-- lib/privacy/delete-account.ts records who fulfilled it first; a deletion that did not (the purge of
-- never-confirmed accounts) is put down to the retention purge.
CREATE OR REPLACE FUNCTION vigie_anonymise_data_request() RETURNS trigger AS $$
BEGIN
  NEW.message := NULL;
  NEW.status := 'closed';
  NEW.fulfilled_at := COALESCE(NEW.fulfilled_at, now());
  NEW.fulfilled_by := COALESCE(NEW.fulfilled_by, 'retention');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER data_requests_anonymise BEFORE UPDATE ON data_requests
  FOR EACH ROW WHEN (OLD.user_id IS NOT NULL AND NEW.user_id IS NULL)
  EXECUTE FUNCTION vigie_anonymise_data_request();
