-- Issue 14, item 5: the charts and the top lists from rollups that group, not from rows.
--
-- Measured with bench/failures-explorer --direct at 10 M rows: the 30 days' chart counted every row
-- of the month per hour, service and kind (seconds), and the top addresses and users of 30 days took
-- 4-5 s from auth_failure_day, whose day x host x service x kind x address x user rows barely group
-- (9.1 M rollups for 10 M rows: an attacker seldom tries the same name twice a day).
--
-- auth_failure_hour: UTC hour x host x service x kind -> count, a few thousand rows a day whatever
-- the attack; the dashboard's and the host page's charts.
-- auth_failure_ip_day, auth_failure_user_day: failed logins (probes left out; lines without a user
-- left out of the users) per UTC day and address, per UTC day and user. Their (day, failures) index
-- gives each day's busiest first, so the top lists read a few dozen entries a day and stop once no
-- address they have not seen can catch up (FailureTop); a PK range gives one address's days.
--
-- All three are kept in the transaction of the rows like auth_failure_day (FailureRollup,
-- SignInGuard, FailureRemoval) and partitioned by the same months as auth_failure, so that
-- FailurePartitions creates and drops the tables alike. Re-run safely: IF NOT EXISTS, each back-fill
-- only while its table is empty, partitioned only once.

-- Every writer of the rollups locks this one row first. The rows of auth_failure_ip_day and
-- auth_failure_user_day are shared by every host, and collections of several hosts run in parallel:
-- their upserts of the same (day, address) would otherwise deadlock on InnoDB's gap locks (seen in
-- FailureArchiveIT). It is taken last in a chunk's transaction, so it serializes only the rollups.
CREATE TABLE IF NOT EXISTS failure_rollup_lock (id TINYINT PRIMARY KEY) ENGINE=InnoDB;
INSERT IGNORE INTO failure_rollup_lock VALUES (1);

CREATE TABLE IF NOT EXISTS auth_failure_hour (
  hour      DATETIME     NOT NULL,
  host_id   BIGINT       NOT NULL,
  service   VARCHAR(16)  NOT NULL,
  kind      VARCHAR(8)   NOT NULL,
  failures  BIGINT       NOT NULL,
  PRIMARY KEY (hour, host_id, service, kind),
  -- One host's hours, for the host page.
  KEY ix_auth_failure_hour_host (host_id, hour, service, kind, failures)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS auth_failure_ip_day (
  day        DATE          NOT NULL,
  source_ip  VARCHAR(255)  NOT NULL,
  failures   BIGINT        NOT NULL,
  PRIMARY KEY (source_ip, day),
  KEY ix_auth_failure_ip_day_rank (day, failures)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS auth_failure_user_day (
  day        DATE          NOT NULL,
  user_name  VARCHAR(255)  NOT NULL,
  failures   BIGINT        NOT NULL,
  PRIMARY KEY (user_name, day),
  KEY ix_auth_failure_user_day_rank (day, failures)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO auth_failure_hour (hour, host_id, service, kind, failures)
SELECT CAST(DATE_FORMAT(occurred_at, '%Y-%m-%d %H:00:00') AS DATETIME), host_id, service, kind, COUNT(*)
FROM auth_failure
WHERE NOT EXISTS (SELECT 1 FROM auth_failure_hour)
GROUP BY 1, host_id, service, kind;

-- From auth_failure_day, a tenth of the rows to read.
INSERT INTO auth_failure_ip_day (day, source_ip, failures)
SELECT day, source_ip, SUM(failures) FROM auth_failure_day
WHERE kind <> 'probe' AND NOT EXISTS (SELECT 1 FROM auth_failure_ip_day)
GROUP BY source_ip, day;

INSERT INTO auth_failure_user_day (day, user_name, failures)
SELECT day, user_name, SUM(failures) FROM auth_failure_day
WHERE kind <> 'probe' AND no_user = FALSE AND NOT EXISTS (SELECT 1 FROM auth_failure_user_day)
GROUP BY user_name, day;

-- auth_failure's own months, bound for bound.
SET @psmm_months = (SELECT GROUP_CONCAT(CONCAT('PARTITION ', partition_name, ' VALUES LESS THAN (', partition_description, ')')
                                        ORDER BY partition_ordinal_position SEPARATOR ', ')
                    FROM information_schema.partitions
                    WHERE table_schema = DATABASE() AND table_name = 'auth_failure' AND partition_name IS NOT NULL);

SET @psmm_ddl = IF(@psmm_months IS NULL OR (SELECT COUNT(*) FROM information_schema.partitions WHERE table_schema = DATABASE()
                      AND table_name = 'auth_failure_hour' AND partition_name IS NOT NULL) > 0,
                   'DO 0', CONCAT('ALTER TABLE auth_failure_hour PARTITION BY RANGE COLUMNS (hour) (', @psmm_months, ')'));
PREPARE psmm_stmt FROM @psmm_ddl;
EXECUTE psmm_stmt;
DEALLOCATE PREPARE psmm_stmt;

SET @psmm_ddl = IF(@psmm_months IS NULL OR (SELECT COUNT(*) FROM information_schema.partitions WHERE table_schema = DATABASE()
                      AND table_name = 'auth_failure_ip_day' AND partition_name IS NOT NULL) > 0,
                   'DO 0', CONCAT('ALTER TABLE auth_failure_ip_day PARTITION BY RANGE COLUMNS (day) (', @psmm_months, ')'));
PREPARE psmm_stmt FROM @psmm_ddl;
EXECUTE psmm_stmt;
DEALLOCATE PREPARE psmm_stmt;

SET @psmm_ddl = IF(@psmm_months IS NULL OR (SELECT COUNT(*) FROM information_schema.partitions WHERE table_schema = DATABASE()
                      AND table_name = 'auth_failure_user_day' AND partition_name IS NOT NULL) > 0,
                   'DO 0', CONCAT('ALTER TABLE auth_failure_user_day PARTITION BY RANGE COLUMNS (day) (', @psmm_months, ')'));
PREPARE psmm_stmt FROM @psmm_ddl;
EXECUTE psmm_stmt;
DEALLOCATE PREPARE psmm_stmt;
