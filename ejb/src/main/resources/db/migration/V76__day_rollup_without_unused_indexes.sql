-- Issue 14: every failure stored upserts its auth_failure_day row, and each secondary index of that
-- table is one more write per row (collecting 1 M lines of 100,000 failures spends longer on this
-- table than on the rows themselves). Since V73, the top addresses and users are ranked from
-- auth_failure_ip_day and auth_failure_user_day, and nothing reads these two any more:
-- ix_auth_failure_day_ip was forced only for a range without a whole day (an empty day range) and
-- ix_auth_failure_day_user was named by no query. Dropping an index is in place: no copy.
ALTER TABLE auth_failure_day DROP INDEX IF EXISTS ix_auth_failure_day_ip, DROP INDEX IF EXISTS ix_auth_failure_day_user;
