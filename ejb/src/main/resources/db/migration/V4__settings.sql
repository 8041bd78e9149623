-- Settings an administrator changes at run time (typed and bounded in code: org.psmm.settings.SettingKey;
-- a key without a row has its default), and per-host alert thresholds that override the global ones.

CREATE TABLE setting (
  setting_key VARCHAR(64)   NOT NULL,
  value       VARCHAR(2000) NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  updated_by  VARCHAR(64)   NOT NULL,
  PRIMARY KEY (setting_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE host_threshold (
  host_id    BIGINT      NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  percent    INT         NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (host_id, kind),
  CONSTRAINT fk_host_threshold_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE,
  CONSTRAINT ck_host_threshold_kind CHECK (kind IN ('CPU', 'RAM', 'DISK')),
  CONSTRAINT ck_host_threshold_percent CHECK (percent BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
