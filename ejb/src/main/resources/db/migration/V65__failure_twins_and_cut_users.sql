-- Issue 14. The same attempt seen in two logs of one host (vsftpd's FAIL LOGIN and PAM's line for
-- it, sshd's "Failed password" and PAM's) is stored once: the row kept names the line of the other
-- log that was its twin (that line's natural key), so that a re-read of that line finds it already
-- accounted for instead of storing it again. A line is someone's twin at most once (unique key).
ALTER TABLE auth_failure
  ADD COLUMN twin_source_id     BIGINT      NULL,
  ADD COLUMN twin_file_identity VARCHAR(64) NULL,
  ADD COLUMN twin_byte_offset   BIGINT      NULL,
  -- The line was longer than the parsers' limit: its middle, where the user name sits, was cut out.
  ADD COLUMN user_cut           BOOLEAN     NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT uk_auth_failure_twin UNIQUE (twin_source_id, twin_file_identity, twin_byte_offset),
  -- Failed logins and probes are counted apart: the summary's totals and top lists now filter on
  -- kind. With kind in this index (V6), they still read the index alone.
  DROP KEY ix_auth_failure_time_ip_user,
  ADD KEY ix_auth_failure_time_ip_user (occurred_at, source_ip, user_name, kind);
