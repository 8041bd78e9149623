-- Sites (hosts keep their site as a name; a site row adds a region and an address), network
-- devices read over SNMP with their interfaces, storage and processors, the samples each poll
-- stores (purged after snmp.retentionDays), what happened to them (restarts, interfaces that
-- appeared or went), per-device thresholds, and alerts about devices.

CREATE TABLE site (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  name       VARCHAR(64)   NOT NULL,
  region     VARCHAR(64)   NULL,
  address    VARCHAR(255)  NULL,
  notes      VARCHAR(2000) NULL,
  created_at DATETIME(6)   NOT NULL,
  updated_at DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_site_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT IGNORE INTO site (name, created_at, updated_at)
  SELECT DISTINCT TRIM(site), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM host WHERE site IS NOT NULL AND TRIM(site) <> '';

CREATE TABLE device (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  name             VARCHAR(64)   NOT NULL,
  address          VARCHAR(255)  NOT NULL,
  port             INT           NOT NULL DEFAULT 161,
  site             VARCHAR(64)   NULL,
  notes            VARCHAR(2000) NULL,
  enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
  -- The host watched over SSH that this device also is (a server polled over SNMP too).
  host_id          BIGINT        NULL,
  snmp_version     VARCHAR(8)    NOT NULL,
  -- Sealed by StoredSecrets (device.community, device.v3_auth_password, device.v3_priv_password).
  community        VARCHAR(1000) NULL,
  v3_user          VARCHAR(64)   NULL,
  v3_auth_protocol VARCHAR(8)    NULL,
  v3_auth_password VARCHAR(1000) NULL,
  v3_priv_protocol VARCHAR(8)    NULL,
  v3_priv_password VARCHAR(1000) NULL,
  port_alerts      BOOLEAN       NOT NULL DEFAULT TRUE,
  -- What discovery read (texts come from the device: hostile).
  sys_name         VARCHAR(255)  NULL,
  sys_descr        VARCHAR(1000) NULL,
  sys_object_id    VARCHAR(255)  NULL,
  vendor           VARCHAR(64)   NULL,
  sys_location     VARCHAR(255)  NULL,
  sys_contact      VARCHAR(255)  NULL,
  host_resources   BOOLEAN       NOT NULL DEFAULT FALSE,
  discovered_at    DATETIME(6)   NULL,
  discovery_error  VARCHAR(1000) NULL,
  -- The state polls keep.
  status           VARCHAR(8)    NOT NULL DEFAULT 'UNKNOWN',
  status_reason    VARCHAR(16)   NULL,
  status_error     VARCHAR(1000) NULL,
  failed_polls     INT           NOT NULL DEFAULT 0,
  last_poll_at     DATETIME(6)   NULL,
  last_answer_at   DATETIME(6)   NULL,
  sys_uptime       BIGINT        NULL,
  system_uptime    BIGINT        NULL,
  restarted_at     DATETIME(6)   NULL,
  cpu_percent      DOUBLE        NULL,
  mem_percent      DOUBLE        NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_device_name UNIQUE (name),
  KEY ix_device_site (site),
  CONSTRAINT fk_device_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE SET NULL,
  CONSTRAINT ck_device_version CHECK (snmp_version IN ('V2C', 'V3')),
  CONSTRAINT ck_device_status CHECK (status IN ('UP', 'DOWN', 'UNKNOWN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE device_interface (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  device_id      BIGINT       NOT NULL,
  if_index       INT          NOT NULL,
  name           VARCHAR(255) NULL,
  descr          VARCHAR(255) NULL,
  alias          VARCHAR(255) NULL,
  if_type        INT          NOT NULL,
  speed_bps      BIGINT       NOT NULL,
  mac            VARCHAR(64)  NULL,
  admin_status   VARCHAR(20)  NOT NULL,
  oper_status    VARCHAR(20)  NOT NULL,
  alert_enabled  BOOLEAN      NOT NULL DEFAULT TRUE,
  present        BOOLEAN      NOT NULL DEFAULT TRUE,
  first_seen_at  DATETIME(6)  NOT NULL,
  last_seen_at   DATETIME(6)  NOT NULL,
  removed_at     DATETIME(6)  NULL,
  -- The last counters read, for the next poll's rates.
  in_octets      BIGINT       NULL,
  out_octets     BIGINT       NULL,
  in_errors      BIGINT       NULL,
  out_errors     BIGINT       NULL,
  high_capacity  BOOLEAN      NOT NULL DEFAULT FALSE,
  counters_at    DATETIME(6)  NULL,
  in_bps         DOUBLE       NULL,
  out_bps        DOUBLE       NULL,
  in_errors_ps   DOUBLE       NULL,
  out_errors_ps  DOUBLE       NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_device_interface UNIQUE (device_id, if_index),
  CONSTRAINT fk_device_interface_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per interface and poll: the clustered key is the lookup of a chart (no surrogate id).
CREATE TABLE interface_sample (
  interface_id  BIGINT      NOT NULL,
  taken_at      DATETIME(6) NOT NULL,
  oper_up       BOOLEAN     NOT NULL,
  in_bps        DOUBLE      NULL,
  out_bps       DOUBLE      NULL,
  in_errors_ps  DOUBLE      NULL,
  out_errors_ps DOUBLE      NULL,
  PRIMARY KEY (interface_id, taken_at),
  KEY ix_interface_sample_time (taken_at),
  CONSTRAINT fk_interface_sample_interface FOREIGN KEY (interface_id) REFERENCES device_interface (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE device_sample (
  device_id      BIGINT      NOT NULL,
  taken_at       DATETIME(6) NOT NULL,
  uptime_seconds BIGINT      NULL,
  cpu_percent    DOUBLE      NULL,
  mem_percent    DOUBLE      NULL,
  PRIMARY KEY (device_id, taken_at),
  KEY ix_device_sample_time (taken_at),
  CONSTRAINT fk_device_sample_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Processors and storage entries (HOST-RESOURCES) as discovery found them.
CREATE TABLE device_resource (
  device_id    BIGINT       NOT NULL,
  kind         VARCHAR(8)   NOT NULL,
  hr_index     INT          NOT NULL,
  descr        VARCHAR(255) NULL,
  storage_kind VARCHAR(16)  NULL,
  PRIMARY KEY (device_id, kind, hr_index),
  CONSTRAINT fk_device_resource_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE,
  CONSTRAINT ck_device_resource_kind CHECK (kind IN ('CPU', 'STORAGE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE device_resource_sample (
  device_id  BIGINT      NOT NULL,
  taken_at   DATETIME(6) NOT NULL,
  kind       VARCHAR(8)  NOT NULL,
  hr_index   INT         NOT NULL,
  percent    DOUBLE      NULL,
  used_bytes BIGINT      NULL,
  size_bytes BIGINT      NULL,
  PRIMARY KEY (device_id, taken_at, kind, hr_index),
  KEY ix_device_resource_sample_time (taken_at),
  CONSTRAINT fk_device_resource_sample_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE device_event (
  id        BIGINT        NOT NULL AUTO_INCREMENT,
  device_id BIGINT        NOT NULL,
  at        DATETIME(6)   NOT NULL,
  kind      VARCHAR(24)   NOT NULL,
  detail    VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  KEY ix_device_event_device (device_id, at),
  KEY ix_device_event_time (at),
  CONSTRAINT fk_device_event_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE device_threshold (
  device_id  BIGINT      NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  percent    INT         NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (device_id, kind),
  CONSTRAINT fk_device_threshold_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE,
  CONSTRAINT ck_device_threshold_kind CHECK (kind IN ('CPU', 'RAM', 'DISK')),
  CONSTRAINT ck_device_threshold_percent CHECK (percent BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Alerts about a device: device down, a port down, and CPU/RAM/DISK over their thresholds.
-- host_id NULL and device_id set; at most one open per device, kind and mount (port, storage).
ALTER TABLE alert
  ADD COLUMN device_id BIGINT NULL AFTER host_id,
  ADD CONSTRAINT uk_alert_open_device UNIQUE (device_id, kind, mount, open_marker),
  ADD CONSTRAINT fk_alert_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE,
  DROP CONSTRAINT ck_alert_kind,
  ADD CONSTRAINT ck_alert_kind CHECK (kind IN ('CPU', 'RAM', 'DISK', 'HOST_DOWN', 'BACKUP_FAILED', 'DEVICE_DOWN', 'PORT_DOWN'));
