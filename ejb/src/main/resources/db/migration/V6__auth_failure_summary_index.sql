-- The explorer's summary ranks source IPs and user names over a time range (the last 7 days by
-- default, on every Failures page). With only ix_auth_failure_time, each row in the range costs a
-- lookup in the table: about 2.4 s for 190,000 rows of a 10-million-row table (bench/failures-explorer,
-- 128 MiB buffer pool). This index holds both columns, so the ranking reads the index alone.
ALTER TABLE auth_failure ADD KEY ix_auth_failure_time_ip_user (occurred_at, source_ip, user_name);
