-- Issue 14, item 5: an archive for years.
--
-- auth_failure is partitioned by month of occurred_at (RANGE COLUMNS, partitions pYYYYMM, one
-- p_before for anything older than the first month kept apart, one p_future catch-all so that a
-- line dated ahead never fails a chunk); FailurePartitions creates the coming months ahead and
-- drops whole months past failures.keepMonths. auth_failure_day holds the per-day rollups
-- (UTC day x host x service x kind x address x user -> count, first, last) that AuthFailureWriter
-- and SignInGuard keep in the transaction of the rows; the summary's top lists, the IP page and
-- the per-host counts read it instead of millions of rows. Same month partitions as auth_failure,
-- so retention drops both alike.
--
-- After V65, whose keys it changes (a lower number would run before V65 on a fresh database and
-- be refused on an existing one). Still written to be re-run safely (IF [NOT] EXISTS, and it
-- partitions only a table not partitioned yet). On a big existing table it takes long: it copies
-- the table and back-fills the rollups (see the README's upgrade note).
--
-- MariaDB wants the partitioning column in every unique key: the primary key becomes
-- (id, occurred_at); the natural key (source, file, offset) gets occurred_at too, and since a
-- line without its own time gets the collection time, AuthFailureWriter looks the chunk's natural
-- keys up before it inserts (ix on the same columns, one probe per partition). A twin is claimed
-- under the host's row lock (V65), so its key needs no unique index. Partitioned InnoDB tables
-- take no foreign keys: deleting a host or a log source deletes its failures and rollups in code.
-- The explorer's (column, occurred_at) indexes name id at their end: InnoDB appends the primary key
-- to each of them anyway, but a partitioned table's ordered scan (newest first on occurred_at, id,
-- merged across the months) only uses the columns an index names; without it, a filesort.

CREATE TABLE IF NOT EXISTS auth_failure_day (
  day        DATE          NOT NULL,
  source_ip  VARCHAR(255)  NOT NULL,
  host_id    BIGINT        NOT NULL,
  service    VARCHAR(16)   NOT NULL,
  kind       VARCHAR(8)    NOT NULL,
  -- '' with no_user when the line named no user (a primary key takes no NULL).
  user_name  VARCHAR(255)  NOT NULL,
  no_user    BOOLEAN       NOT NULL,
  failures   BIGINT        NOT NULL,
  first_at   DATETIME(6)   NOT NULL,
  last_at    DATETIME(6)   NOT NULL,
  -- One address's rows are together: the IP page reads a range of the table.
  PRIMARY KEY (source_ip, day, host_id, service, kind, no_user, user_name),
  -- Top addresses, top users and per-host counts of a range of days, from the index alone.
  KEY ix_auth_failure_day_ip (day, kind, source_ip, failures),
  KEY ix_auth_failure_day_user (day, kind, no_user, user_name, failures),
  KEY ix_auth_failure_day_host (day, kind, host_id, service, failures)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One user's days, for an explorer filter on a user and something else (FailureExplorer.dayCounts).
ALTER TABLE auth_failure_day ADD KEY IF NOT EXISTS ix_auth_failure_day_by_user (user_name, day, failures);

-- The rows stored before the rollups existed (only while the rollup table is still empty).
INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, no_user, failures, first_at, last_at)
SELECT DATE(occurred_at), source_ip, host_id, service, kind, COALESCE(user_name, ''), user_name IS NULL,
       COUNT(*), MIN(occurred_at), MAX(occurred_at)
FROM auth_failure
WHERE NOT EXISTS (SELECT 1 FROM auth_failure_day)
GROUP BY DATE(occurred_at), source_ip, host_id, service, kind, COALESCE(user_name, ''), user_name IS NULL;

-- The months to create: from the oldest row's (at most ten years back; older rows go to p_before)
-- to two months ahead. An empty table starts with this month.
SET @psmm_first = (SELECT GREATEST(COALESCE(CAST(DATE_FORMAT(MIN(occurred_at), '%Y-%m-01') AS DATE),
                                            CAST(DATE_FORMAT(UTC_DATE(), '%Y-%m-01') AS DATE)),
                                   CAST(DATE_FORMAT(UTC_DATE(), '%Y-%m-01') AS DATE) - INTERVAL 120 MONTH)
                   FROM auth_failure);
SET @psmm_months = (WITH RECURSIVE m (d) AS (
                      SELECT @psmm_first
                      UNION ALL
                      SELECT d + INTERVAL 1 MONTH FROM m WHERE d < CAST(DATE_FORMAT(UTC_DATE(), '%Y-%m-01') AS DATE) + INTERVAL 2 MONTH)
                    SELECT CONCAT('PARTITION p_before VALUES LESS THAN (''', @psmm_first, '''), ',
                                  GROUP_CONCAT(CONCAT('PARTITION p', DATE_FORMAT(d, '%Y%m'), ' VALUES LESS THAN (''',
                                                      d + INTERVAL 1 MONTH, ''')') ORDER BY d SEPARATOR ', '),
                                  ', PARTITION p_future VALUES LESS THAN (MAXVALUE)')
                    FROM m);

-- The foreign key first, alone (in the same statement as the partitioning, InnoDB refuses it).
ALTER TABLE auth_failure DROP FOREIGN KEY IF EXISTS fk_auth_failure_source;

-- One rebuild of auth_failure for the keys and the partitions together.
SET @psmm_ddl = IF((SELECT COUNT(*) FROM information_schema.partitions WHERE table_schema = DATABASE()
                      AND table_name = 'auth_failure' AND partition_name IS NOT NULL) > 0,
                   'DO 0',
                   CONCAT('ALTER TABLE auth_failure DROP PRIMARY KEY, ADD PRIMARY KEY (id, occurred_at), ',
                          'DROP INDEX IF EXISTS uk_auth_failure_line, ',
                          'ADD UNIQUE KEY uk_auth_failure_line (source_id, file_identity, byte_offset, occurred_at), ',
                          'DROP INDEX IF EXISTS uk_auth_failure_twin, ',
                          'ADD KEY ix_auth_failure_twin (twin_source_id, twin_file_identity, twin_byte_offset), ',
                          'DROP INDEX ix_auth_failure_time, ADD KEY ix_auth_failure_time (occurred_at, id), ',
                          'DROP INDEX ix_auth_failure_ip_time, ADD KEY ix_auth_failure_ip_time (source_ip, occurred_at, id), ',
                          'DROP INDEX ix_auth_failure_user_time, ADD KEY ix_auth_failure_user_time (user_name, occurred_at, id), ',
                          'DROP INDEX ix_auth_failure_host_time, ADD KEY ix_auth_failure_host_time (host_id, occurred_at, id), ',
                          'DROP INDEX ix_auth_failure_service_time, ADD KEY ix_auth_failure_service_time (service, occurred_at, id) ',
                          'PARTITION BY RANGE COLUMNS (occurred_at) (', @psmm_months, ')'));
PREPARE psmm_stmt FROM @psmm_ddl;
EXECUTE psmm_stmt;
DEALLOCATE PREPARE psmm_stmt;

SET @psmm_ddl = IF((SELECT COUNT(*) FROM information_schema.partitions WHERE table_schema = DATABASE()
                      AND table_name = 'auth_failure_day' AND partition_name IS NOT NULL) > 0,
                   'DO 0',
                   CONCAT('ALTER TABLE auth_failure_day PARTITION BY RANGE COLUMNS (day) (', @psmm_months, ')'));
PREPARE psmm_stmt FROM @psmm_ddl;
EXECUTE psmm_stmt;
DEALLOCATE PREPARE psmm_stmt;
