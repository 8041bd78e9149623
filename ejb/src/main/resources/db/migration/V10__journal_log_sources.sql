-- Journal log sources (issue 7): besides a file, a source may read the systemd journal through
-- journalctl, filtered by units or syslog identifiers. For such a source `path` holds a label
-- ("journal:sshd,sshd-session", plus " --file=F" for a journal file), which keeps the rule "one
-- source per host and path" meaning "one per host and filter".
ALTER TABLE log_source
  ADD COLUMN kind             VARCHAR(8)    NOT NULL DEFAULT 'FILE' AFTER host_id,
  ADD COLUMN journal_filter   VARCHAR(255)  NULL,
  -- A journal file to read instead of the system journal (journalctl --file): labs and tests.
  ADD COLUMN journal_file     VARCHAR(1024) NULL,
  -- The checkpoint: the cursor of the last entry read, and its time (µs since the epoch, UTC), from
  -- which reading resumes when the cursor has been vacuumed. Written with the failures read.
  ADD COLUMN journal_cursor   VARCHAR(512)  NULL,
  ADD COLUMN journal_time_us  BIGINT        NULL,
  -- How many times the cursor was gone (entries may have been lost in between).
  ADD COLUMN journal_gaps     BIGINT        NOT NULL DEFAULT 0;

ALTER TABLE collection_progress
  ADD COLUMN journal_gaps     INT           NOT NULL DEFAULT 0;
