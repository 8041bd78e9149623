-- Reaching hosts over SSH: the pinned host key, the last check and contact, the check history
-- and host events (a changed host key first; alerts build on them later).

ALTER TABLE host
  ADD COLUMN mariadb_socket       VARCHAR(255) NULL AFTER notes,
  ADD COLUMN host_key             VARCHAR(2000) NULL,
  ADD COLUMN host_key_fingerprint VARCHAR(100) NULL,
  ADD COLUMN host_key_pinned_at   DATETIME(6) NULL,
  ADD COLUMN last_check_at        DATETIME(6) NULL,
  ADD COLUMN last_check_passed    BOOLEAN NULL,
  ADD COLUMN last_contact_at      DATETIME(6) NULL;

CREATE TABLE host_check (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  host_id     BIGINT      NOT NULL,
  started_at  DATETIME(6) NOT NULL,
  duration_ms BIGINT      NOT NULL,
  passed      BOOLEAN     NOT NULL,
  PRIMARY KEY (id),
  KEY ix_host_check_host_started (host_id, started_at),
  CONSTRAINT fk_host_check_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE host_check_item (
  check_id    BIGINT       NOT NULL,
  position    INT          NOT NULL,
  name        VARCHAR(64)  NOT NULL,
  passed      BOOLEAN      NOT NULL,
  duration_ms BIGINT       NOT NULL,
  detail      VARCHAR(4000) NULL,
  PRIMARY KEY (check_id, position),
  CONSTRAINT fk_host_check_item_check FOREIGN KEY (check_id) REFERENCES host_check (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE host_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  host_id     BIGINT        NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  message     VARCHAR(2000) NOT NULL,
  occurred_at DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_host_event_host_time (host_id, occurred_at),
  CONSTRAINT fk_host_event_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
