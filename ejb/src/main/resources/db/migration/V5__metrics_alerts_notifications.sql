-- Metrics (samples per host and per mounted file system, purged after the retention), the last
-- poll of each host with its error, alerts (at most one open per host, kind and mount, enforced
-- by the unique key on open_marker, NULL once resolved), the changes alert mails tell, and the
-- outbox every message goes through.

CREATE TABLE metric_sample (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  host_id        BIGINT      NOT NULL,
  taken_at       DATETIME(6) NOT NULL,
  cpu_percent    DOUBLE      NULL,
  ram_percent    DOUBLE      NOT NULL,
  swap_percent   DOUBLE      NOT NULL,
  mem_total_kb   BIGINT      NOT NULL,
  load1          DOUBLE      NOT NULL,
  load5          DOUBLE      NOT NULL,
  load15         DOUBLE      NOT NULL,
  uptime_seconds BIGINT      NOT NULL,
  users          INT         NOT NULL,
  PRIMARY KEY (id),
  KEY ix_metric_sample_host_time (host_id, taken_at),
  KEY ix_metric_sample_time (taken_at),
  CONSTRAINT fk_metric_sample_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE disk_sample (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  host_id      BIGINT       NOT NULL,
  taken_at     DATETIME(6)  NOT NULL,
  mount        VARCHAR(255) NOT NULL,
  device       VARCHAR(255) NOT NULL,
  fs_type      VARCHAR(32)  NOT NULL,
  size_kb      BIGINT       NOT NULL,
  used_kb      BIGINT       NOT NULL,
  used_percent DOUBLE       NOT NULL,
  PRIMARY KEY (id),
  KEY ix_disk_sample_host_time (host_id, taken_at),
  KEY ix_disk_sample_time (taken_at),
  CONSTRAINT fk_disk_sample_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE host_poll (
  host_id    BIGINT        NOT NULL,
  polled_at  DATETIME(6)   NOT NULL,
  succeeded  BOOLEAN       NOT NULL,
  error_kind VARCHAR(32)   NULL,
  error      VARCHAR(1000) NULL,
  failures   INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (host_id),
  CONSTRAINT fk_host_poll_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE alert (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  host_id         BIGINT       NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  mount           VARCHAR(255) NOT NULL DEFAULT '',
  raised_value    DOUBLE       NULL,
  last_value      DOUBLE       NULL,
  threshold       INT          NULL,
  raised_at       DATETIME(6)  NOT NULL,
  resolved_at     DATETIME(6)  NULL,
  open_marker     BOOLEAN      NULL,
  acknowledged_at DATETIME(6)  NULL,
  acknowledged_by VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_alert_open UNIQUE (host_id, kind, mount, open_marker),
  KEY ix_alert_raised (raised_at),
  CONSTRAINT fk_alert_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE,
  CONSTRAINT ck_alert_kind CHECK (kind IN ('CPU', 'RAM', 'DISK', 'HOST_DOWN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE alert_change (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  alert_id  BIGINT      NOT NULL,
  raised    BOOLEAN     NOT NULL,
  value     DOUBLE      NULL,
  threshold INT         NULL,
  at        DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_alert_change_alert FOREIGN KEY (alert_id) REFERENCES alert (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per recipient: when the last alert mail was written, and the last change it told.
CREATE TABLE alert_mail_state (
  recipient      VARCHAR(254) NOT NULL,
  last_mail_at   DATETIME(6)  NULL,
  last_change_id BIGINT       NOT NULL,
  PRIMARY KEY (recipient)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE notification (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  channel     VARCHAR(16)   NOT NULL,
  recipient   VARCHAR(254)  NOT NULL,
  subject     VARCHAR(500)  NOT NULL,
  body_text   MEDIUMTEXT    NOT NULL,
  body_html   MEDIUMTEXT    NULL,
  status      VARCHAR(16)   NOT NULL,
  attempts    INT           NOT NULL DEFAULT 0,
  next_try_at DATETIME(6)   NOT NULL,
  last_error  VARCHAR(2000) NULL,
  created_at  DATETIME(6)   NOT NULL,
  sent_at     DATETIME(6)   NULL,
  PRIMARY KEY (id),
  KEY ix_notification_due (status, next_try_at),
  KEY ix_notification_created (created_at),
  CONSTRAINT ck_notification_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
