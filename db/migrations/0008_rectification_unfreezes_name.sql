-- A frozen name changes only through a rectification granted by the DPO (lib/certificates/rectification.ts):
-- the same transaction must first have appended `certificate_rectified` for this learner to the audit
-- trail. xmin of a row is the id of the transaction that inserted it; pg_current_xact_id() is the
-- current one (PostgreSQL 13+, PGlite). A row from any other transaction, committed or not, does not
-- count, so every other path (profile form, plain UPDATE, a replayed audit row) stays refused. The
-- audit row has to be inserted at the top level of the transaction, not inside a savepoint.
CREATE OR REPLACE FUNCTION vigie_freeze_locked_name() RETURNS trigger AS $$
BEGIN
  IF OLD.name_locked_at IS NOT NULL AND NEW.name_locked_at IS NULL THEN
    RAISE EXCEPTION 'name is locked by an issued certificate' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.name_locked_at IS NOT NULL AND (
    NEW.first_name IS DISTINCT FROM OLD.first_name
    OR NEW.last_name IS DISTINCT FROM OLD.last_name
  ) AND NOT EXISTS (
    SELECT 1 FROM audit_events
    WHERE subject_user_id = NEW.id
      AND action = 'certificate_rectified'
      AND xmin = pg_current_xact_id()::xid
  ) THEN
    RAISE EXCEPTION 'name is locked by an issued certificate' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
