-- Every backup and restore PSMM ran, with what it produced or why it failed. The backup
-- directory stays the truth about which files exist (a restore may bring this table back older).
CREATE TABLE backup_run (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  kind        VARCHAR(16)   NOT NULL,
  file_name   VARCHAR(64)   NULL,
  started_at  DATETIME(6)   NOT NULL,
  duration_ms BIGINT        NULL,
  size_bytes  BIGINT        NULL,
  sha256      VARCHAR(64)   NULL,
  status      VARCHAR(16)   NOT NULL,
  error       VARCHAR(2000) NULL,
  started_by  VARCHAR(64)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_backup_run_started (started_at),
  KEY ix_backup_run_file (file_name),
  CONSTRAINT ck_backup_run_kind CHECK (kind IN ('BACKUP', 'RESTORE')),
  CONSTRAINT ck_backup_run_status CHECK (status IN ('SUCCEEDED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Alerts about PSMM itself (a failed backup) have no host; detail says what went wrong.
ALTER TABLE alert
  MODIFY host_id BIGINT NULL,
  ADD COLUMN detail VARCHAR(2000) NULL,
  DROP CONSTRAINT ck_alert_kind,
  ADD CONSTRAINT ck_alert_kind CHECK (kind IN ('CPU', 'RAM', 'DISK', 'HOST_DOWN', 'BACKUP_FAILED'));
