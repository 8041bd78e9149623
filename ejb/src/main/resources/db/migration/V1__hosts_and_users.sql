-- The host inventory and the console/API users (read by WildFly's Elytron JDBC realm).

CREATE TABLE host (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(64)  NOT NULL,
  address     VARCHAR(255) NOT NULL,
  ssh_port    INT          NOT NULL DEFAULT 22,
  ssh_user    VARCHAR(32)  NOT NULL DEFAULT 'monitor',
  site        VARCHAR(64)  NULL,
  time_zone   VARCHAR(64)  NOT NULL DEFAULT 'UTC',
  enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
  notes       VARCHAR(2000) NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_host_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE host_role (
  host_id BIGINT      NOT NULL,
  role    VARCHAR(16) NOT NULL,
  PRIMARY KEY (host_id, role),
  CONSTRAINT fk_host_role_host FOREIGN KEY (host_id) REFERENCES host (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
  username      VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE app_user_role (
  username  VARCHAR(64) NOT NULL,
  role_name VARCHAR(16) NOT NULL,
  PRIMARY KEY (username, role_name),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE,
  CONSTRAINT ck_app_user_role CHECK (role_name IN ('admin', 'operator', 'viewer'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
