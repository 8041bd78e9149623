-- Accounts: every admin signs in as themself; directory (LDAP/AD) users appear after their first
-- sign-in. Elytron's JDBC realm reads only LOCAL rows (a directory user has no local password).
ALTER TABLE app_user
  MODIFY password_hash VARCHAR(100) NULL,
  ADD COLUMN display_name      VARCHAR(128) NULL,
  ADD COLUMN email             VARCHAR(254) NULL,
  ADD COLUMN source            VARCHAR(8)   NOT NULL DEFAULT 'LOCAL',
  -- Opt-ins of admin users, next to the alerts.adminRecipients setting.
  ADD COLUMN alert_mails       BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN daily_report      BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN last_sign_in_at   DATETIME(6)  NULL,
  ADD COLUMN last_sign_in_from VARCHAR(64)  NULL,
  ADD COLUMN password_changed_at DATETIME(6) NULL,
  ADD COLUMN updated_at        DATETIME(6)  NULL,
  ADD CONSTRAINT ck_app_user_source CHECK (source IN ('LOCAL', 'LDAP')),
  ADD CONSTRAINT ck_app_user_local_password CHECK (source <> 'LOCAL' OR password_hash IS NOT NULL);

-- The host that stands for PSMM itself: its own failed sign-ins are failed logins like any other
-- (explorer, daily report, chat bursts). Never polled, checked or updated: disabled, no key, and
-- left out of the host lists by HostService. Its name is no valid host name, so it never clashes.
ALTER TABLE host ADD COLUMN builtin BOOLEAN NOT NULL DEFAULT FALSE;
INSERT INTO host (name, address, ssh_port, ssh_user, time_zone, enabled, notes, created_at, updated_at, builtin)
  VALUES ('[PSMM]', '127.0.0.1', 22, 'monitor', 'UTC', FALSE, 'PSMM itself: its console and API sign-ins', NOW(6), NOW(6), TRUE);
INSERT INTO log_source (host_id, kind, path, format, enabled, created_at)
  SELECT id, 'FILE', 'psmm:sign-in', 'psmm', FALSE, NOW(6) FROM host WHERE builtin = TRUE;
-- Each failed sign-in gets its own place in that "log" (the natural key's byte offset).
CREATE SEQUENCE psmm_sign_in_seq START WITH 1 INCREMENT BY 1 NOCACHE;
-- The lockout counts one user's failures from one address over the last minutes.
ALTER TABLE auth_failure ADD KEY ix_auth_failure_host_user_ip_time (host_id, user_name, source_ip, occurred_at);

-- Every change a person makes: who, when, from where, what (before/after where it applies).
CREATE TABLE audit_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  at          DATETIME(6)   NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  address     VARCHAR(64)   NULL,
  kind        VARCHAR(40)   NOT NULL,
  target      VARCHAR(255)  NULL,
  detail      VARCHAR(4000) NULL,
  PRIMARY KEY (id),
  KEY ix_audit_event_at (at),
  KEY ix_audit_event_actor_at (actor, at),
  KEY ix_audit_event_kind_at (kind, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
