-- Issue 18: which poll a host gets. Every existing host is a Linux host, as before.
ALTER TABLE host
  ADD COLUMN os VARCHAR(16) NOT NULL DEFAULT 'LINUX';
