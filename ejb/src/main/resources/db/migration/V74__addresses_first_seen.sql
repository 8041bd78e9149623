-- Issue 14, item 7: "new source addresses today" on the dashboard without reading the archive.
--
-- It looked, for every address of today, for an older row of the same address (NOT EXISTS over
-- ix_auth_failure_ip_time in every month's partition): 3.0 s at 10 M rows (bench/failures-explorer).
-- auth_failure_ip_first keeps, per address, the first failure (of any kind) PSMM stored from it, in
-- the transaction of the rows like the other rollups (FailureRollup, SignInGuard). "New today" is
-- then an index range on first_at.
--
-- Not partitioned, and kept when rows go (failures.keepMonths, a removed host or log source): an
-- address PSMM saw attacking last year is a known attacker when it comes back, not a new one.
-- Re-run safely: IF NOT EXISTS, back-filled only while empty.
CREATE TABLE IF NOT EXISTS auth_failure_ip_first (
  source_ip  VARCHAR(255)  NOT NULL,
  first_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (source_ip),
  KEY ix_auth_failure_ip_first_at (first_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- From auth_failure_day: its first_at is the rows' MIN per day, a tenth of the rows to read.
INSERT INTO auth_failure_ip_first (source_ip, first_at)
SELECT source_ip, MIN(first_at) FROM auth_failure_day
WHERE NOT EXISTS (SELECT 1 FROM auth_failure_ip_first)
GROUP BY source_ip;
