-- Daily report (job 09): an outbox mail may carry one attachment, and every report run is recorded.

-- The attachment's bytes live beside the message, not in it: the Notifications page lists
-- hundreds of messages and must not load megabytes of CSV to do so. attachment_name on the
-- message says there is one (and lets the sender skip a lookup when there is none). The bytes are
-- deleted once the message is sent: a busy day's CSV is megabytes, every day, per administrator.
ALTER TABLE notification ADD COLUMN attachment_name VARCHAR(255) NULL;

CREATE TABLE notification_attachment (
  notification_id BIGINT       NOT NULL,
  name            VARCHAR(255) NOT NULL,
  content_type    VARCHAR(100) NOT NULL,
  data            LONGBLOB     NOT NULL,
  PRIMARY KEY (notification_id),
  CONSTRAINT fk_notification_attachment FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per report run: SCHEDULED (the morning timer), ON_DEMAND (console or API, may repeat a
-- day) or SKIPPED (a day PSMM decided not to report, see DailyReportTimer). scheduled_day is set
-- for SCHEDULED and SKIPPED rows only: its unique key lets exactly one node, once, claim a day,
-- through restarts; ON_DEMAND rows leave it NULL and may repeat.
CREATE TABLE daily_report_run (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  day             DATE         NOT NULL,
  scheduled_day   DATE         NULL,
  run_trigger     VARCHAR(16)  NOT NULL,
  requested_by    VARCHAR(64)  NULL,
  zone            VARCHAR(64)  NOT NULL,
  failures        BIGINT       NOT NULL,
  recipients      INT          NOT NULL,
  attachment_name VARCHAR(255) NULL,
  note            VARCHAR(500) NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_daily_report_scheduled_day UNIQUE (scheduled_day),
  KEY ix_daily_report_day (day),
  KEY ix_daily_report_created (created_at),
  CONSTRAINT ck_daily_report_trigger CHECK (run_trigger IN ('SCHEDULED', 'ON_DEMAND', 'SKIPPED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
