-- Once a certificate is issued, the printed name can never change, whatever path tries it.
CREATE OR REPLACE FUNCTION vigie_lock_name_on_certificate() RETURNS trigger AS $$
BEGIN
  UPDATE users SET name_locked_at = COALESCE(name_locked_at, NEW.issued_at) WHERE id = NEW.user_id;
  IF NOT EXISTS (
    SELECT 1 FROM users WHERE id = NEW.user_id AND first_name = NEW.first_name AND last_name = NEW.last_name
  ) THEN
    RAISE EXCEPTION 'certificate name must match the account name' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER certificates_lock_name AFTER INSERT ON certificates
  FOR EACH ROW EXECUTE FUNCTION vigie_lock_name_on_certificate();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vigie_freeze_locked_name() RETURNS trigger AS $$
BEGIN
  IF OLD.name_locked_at IS NOT NULL AND (
    NEW.first_name IS DISTINCT FROM OLD.first_name
    OR NEW.last_name IS DISTINCT FROM OLD.last_name
    OR NEW.name_locked_at IS NULL
  ) THEN
    RAISE EXCEPTION 'name is locked by an issued certificate' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER users_freeze_locked_name BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION vigie_freeze_locked_name();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vigie_freeze_certificate() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'certificates are immutable' USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER certificates_immutable BEFORE UPDATE ON certificates
  FOR EACH ROW EXECUTE FUNCTION vigie_freeze_certificate();
--> statement-breakpoint
INSERT INTO policy_versions (kind, version, published_at) VALUES
  ('site', '2026-11-01', '2026-11-01T00:00:00Z'),
  ('privacy', '2026-11-01', '2026-11-01T00:00:00Z'),
  ('cookies', '2026-11-01', '2026-11-01T00:00:00Z')
ON CONFLICT DO NOTHING;
