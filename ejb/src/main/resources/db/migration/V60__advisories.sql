-- CERT-FR advisories (issue 18): each stored once by its reference; the feeds' status (last
-- success, last error); the packages each host reports (dpkg-query) and when it was read; which
-- advisories name a product installed on which host, at which version, and whether a later
-- inventory saw that package upgraded or removed; when each user last opened the page.

CREATE TABLE advisory (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  reference      VARCHAR(24)   NOT NULL,
  kind           VARCHAR(8)    NOT NULL,
  -- Texts from the feed: hostile, escaped wherever shown.
  title          VARCHAR(500)  NOT NULL,
  summary        VARCHAR(2000) NOT NULL,
  link           VARCHAR(500)  NOT NULL,
  published_at   DATETIME(6)   NOT NULL,
  updated        BOOLEAN       NOT NULL DEFAULT FALSE,
  -- The products of ProductPackages the title names, comma-separated, or NULL.
  products       VARCHAR(500)  NULL,
  feed           VARCHAR(500)  NOT NULL,
  first_seen_at  DATETIME(6)   NOT NULL,
  changed_at     DATETIME(6)   NOT NULL,
  -- NULL until the digest that tells the admins of it is queued.
  announced_at   DATETIME(6)   NULL,
  -- Hosts that still have a named package at the version seen when marked (kept by AdvisoryExposures).
  exposed_hosts  INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_advisory_reference UNIQUE (reference),
  INDEX ix_advisory_order (exposed_hosts, published_at, id),
  INDEX ix_advisory_announced (announced_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE advisory_feed (
  url              VARCHAR(500)  NOT NULL,
  last_attempt_at  DATETIME(6)   NULL,
  last_success_at  DATETIME(6)   NULL,
  last_error_at    DATETIME(6)   NULL,
  last_error       VARCHAR(1000) NULL,
  failures_in_row  INT           NOT NULL DEFAULT 0,
  last_items       INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (url)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE host_package (
  host_id  BIGINT        NOT NULL,
  name     VARCHAR(128)  NOT NULL,
  version  VARCHAR(128)  NOT NULL,
  PRIMARY KEY (host_id, name),
  CONSTRAINT fk_host_package_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE host_inventory (
  host_id        BIGINT        NOT NULL,
  attempted_at   DATETIME(6)   NOT NULL,
  read_at        DATETIME(6)   NULL,
  package_count  INT           NOT NULL DEFAULT 0,
  error          VARCHAR(1000) NULL,
  PRIMARY KEY (host_id),
  CONSTRAINT fk_host_inventory_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE advisory_exposure (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  advisory_id      BIGINT        NOT NULL,
  host_id          BIGINT        NOT NULL,
  package_name     VARCHAR(128)  NOT NULL,
  -- The version installed when the advisory was matched to the host.
  version          VARCHAR(128)  NOT NULL,
  -- What a later inventory found instead (NULL: the package was removed) once it differs.
  current_version  VARCHAR(128)  NULL,
  updated          BOOLEAN       NOT NULL DEFAULT FALSE,
  marked_at        DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_advisory_exposure UNIQUE (advisory_id, host_id, package_name),
  CONSTRAINT fk_advisory_exposure_advisory FOREIGN KEY (advisory_id) REFERENCES advisory (id) ON DELETE CASCADE,
  CONSTRAINT fk_advisory_exposure_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE,
  INDEX ix_advisory_exposure_host (host_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE advisory_visit (
  username    VARCHAR(64)  NOT NULL,
  visited_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
