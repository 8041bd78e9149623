-- Issue 14. A Debian auth.log holds sshd's own lines and PAM's lines of every service (vsftpd's
-- among them): it is read as sshd and, beside, as pam. One source per host, path and format.
ALTER TABLE log_source
  DROP INDEX uk_log_source_host_path,
  ADD CONSTRAINT uk_log_source_host_path_format UNIQUE (host_id, path(512), format);
