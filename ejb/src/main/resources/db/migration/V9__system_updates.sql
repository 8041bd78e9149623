-- System updates over SSH: each run (one host, what apt upgraded, whether a reboot is needed,
-- how it ended, the end of apt's output), how PSMM runs apt on each host (an APT_CONFIG file and
-- a root prefix for the reboot flag, both empty on a real server; whether the host reaches the
-- internet through its site's captive portal), and the captive portal of each site.

CREATE TABLE update_run (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  host_id          BIGINT        NOT NULL,
  host_name        VARCHAR(64)   NOT NULL,
  requested_by     VARCHAR(64)   NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  phase            VARCHAR(32)   NULL,
  queued_at        DATETIME(6)   NOT NULL,
  started_at       DATETIME(6)   NULL,
  finished_at      DATETIME(6)   NULL,
  duration_ms      BIGINT        NULL,
  reboot_required  BOOLEAN       NOT NULL DEFAULT FALSE,
  reboot_packages  VARCHAR(2000) NULL,
  portal_used      BOOLEAN       NOT NULL DEFAULT FALSE,
  rejected_lines   INT           NOT NULL DEFAULT 0,
  output_tail      MEDIUMTEXT    NULL,
  error            VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  KEY ix_update_run_queued (queued_at),
  KEY ix_update_run_host_status (host_id, status),
  CONSTRAINT fk_update_run_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE update_run_package (
  run_id        BIGINT       NOT NULL,
  position      INT          NOT NULL,
  name          VARCHAR(128) NOT NULL,
  from_version  VARCHAR(128) NOT NULL,
  to_version    VARCHAR(128) NOT NULL,
  PRIMARY KEY (run_id, position),
  CONSTRAINT fk_update_run_package_run FOREIGN KEY (run_id) REFERENCES update_run (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE update_host_option (
  host_id      BIGINT        NOT NULL,
  apt_config   VARCHAR(1024) NULL,
  root_prefix  VARCHAR(1024) NULL,
  via_portal   BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (host_id),
  CONSTRAINT fk_update_host_option_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- site '' stands for hosts without a site. The password is a secret: PSMM writes it here and
-- sends it on curl's stdin from the host; it never shows it back, logs it or returns it.
CREATE TABLE captive_portal (
  site            VARCHAR(64)   NOT NULL,
  login_url       VARCHAR(1024) NOT NULL,
  logout_url      VARCHAR(1024) NOT NULL,
  user_field      VARCHAR(64)   NOT NULL,
  password_field  VARCHAR(64)   NOT NULL,
  user_name       VARCHAR(255)  NOT NULL,
  password        VARCHAR(255)  NOT NULL,
  PRIMARY KEY (site)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
