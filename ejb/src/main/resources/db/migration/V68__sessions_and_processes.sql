-- Sessions and processes (issue 18). Each host's idle-session policy: off by default, and in
-- report-only mode until an admin turns that off; the users it never logs off (the monitor
-- account never, whatever this says). The latest poll's sessions and top processes of each host,
-- as JSON written by PSMM (host text inside: escaped wherever shown). Every log-off, by an admin
-- or by the policy, and every one the policy only reported.

ALTER TABLE host
  ADD COLUMN session_policy_enabled     BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN session_policy_minutes     INT           NOT NULL DEFAULT 60,
  ADD COLUMN session_policy_report_only BOOLEAN       NOT NULL DEFAULT TRUE,
  ADD COLUMN session_policy_excluded    VARCHAR(1000) NOT NULL DEFAULT '';

CREATE TABLE host_activity (
  host_id         BIGINT      NOT NULL,
  taken_at        DATETIME(6) NOT NULL,
  sessions_json   MEDIUMTEXT  NOT NULL,
  processes_json  MEDIUMTEXT  NOT NULL,
  PRIMARY KEY (host_id),
  CONSTRAINT fk_host_activity_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_logoff (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  at            DATETIME(6)   NOT NULL,
  -- The host's name is kept: a deleted host's log-offs stay in the record.
  host_id       BIGINT        NULL,
  host_name     VARCHAR(64)   NOT NULL,
  user_name     VARCHAR(64)   NOT NULL,
  session       VARCHAR(16)   NOT NULL,
  from_address  VARCHAR(255)  NOT NULL,
  since         VARCHAR(64)   NOT NULL,
  idle_seconds  BIGINT        NULL,
  -- NULL: the host's policy; otherwise the admin who asked.
  actor         VARCHAR(64)   NULL,
  report_only   BOOLEAN       NOT NULL,
  succeeded     BOOLEAN       NOT NULL,
  error         VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  INDEX ix_session_logoff_at (at),
  INDEX ix_session_logoff_host (host_id, at),
  CONSTRAINT fk_session_logoff_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
