-- Failed logins collected from the hosts' logs, and where each log is read from.

CREATE TABLE log_source (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  host_id            BIGINT        NOT NULL,
  path               VARCHAR(1024) NOT NULL,
  format             VARCHAR(16)   NOT NULL,
  enabled            BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at         DATETIME(6)   NOT NULL,
  -- The cursor: which file (inode, and a hash of its first head_length bytes, which survives a
  -- rename, a copy or a gzip) and how far it was read. Written in the same transaction as the
  -- failures read up to it, so a crash can neither lose nor repeat a line.
  cursor_inode       BIGINT        NULL,
  cursor_head_length INT           NULL,
  cursor_head_hash   VARCHAR(64)   NULL,
  cursor_offset      BIGINT        NOT NULL DEFAULT 0,
  last_read_at       DATETIME(6)   NULL,
  lines_read         BIGINT        NOT NULL DEFAULT 0,
  lines_skipped      BIGINT        NOT NULL DEFAULT 0,
  failures_found     BIGINT        NOT NULL DEFAULT 0,
  last_error         VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_log_source_host_path UNIQUE (host_id, path(512)),
  CONSTRAINT fk_log_source_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE auth_failure (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  source_id     BIGINT        NOT NULL,
  host_id       BIGINT        NOT NULL,
  service       VARCHAR(16)   NOT NULL,
  format        VARCHAR(16)   NOT NULL,
  kind          VARCHAR(8)    NOT NULL,
  user_name     VARCHAR(255)  NULL,
  source_ip     VARCHAR(255)  NOT NULL,
  -- UTC; the line's own time read in its host's zone, or the collection time for a line without one.
  occurred_at   DATETIME(6)   NOT NULL,
  -- The line's time as written (local to its host), for people comparing with the log.
  local_time    DATETIME      NULL,
  file_identity VARCHAR(64)   NOT NULL,
  byte_offset   BIGINT        NOT NULL,
  raw_line      VARCHAR(1024) NOT NULL,
  collected_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  -- The natural key: a re-run or a restarted job never stores a line twice.
  CONSTRAINT uk_auth_failure_line UNIQUE (source_id, file_identity, byte_offset),
  CONSTRAINT fk_auth_failure_source FOREIGN KEY (source_id) REFERENCES log_source (id) ON DELETE CASCADE,
  -- The explorer filters a time range, then one of host, service, user or IP.
  KEY ix_auth_failure_time (occurred_at),
  KEY ix_auth_failure_ip_time (source_ip, occurred_at),
  KEY ix_auth_failure_user_time (user_name, occurred_at),
  KEY ix_auth_failure_host_time (host_id, occurred_at),
  KEY ix_auth_failure_service_time (service, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What each job execution did per log source (JBeret keeps counts per step only), written in
-- the chunk's transaction with the cursor: the Jobs page shows it per partition.
CREATE TABLE collection_progress (
  job_execution_id BIGINT       NOT NULL,
  source_id        BIGINT       NOT NULL,
  lines_read       BIGINT       NOT NULL DEFAULT 0,
  lines_skipped    BIGINT       NOT NULL DEFAULT 0,
  failures_stored  BIGINT       NOT NULL DEFAULT 0,
  updated_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (job_execution_id, source_id),
  KEY ix_collection_progress_source (source_id)
) ENGINE=InnoDB;
