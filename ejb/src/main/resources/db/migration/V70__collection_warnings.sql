-- Why one execution read a log source incompletely or not at all (its file missing, lines lost
-- to a rotation gap, journal entries vacuumed): the source's last_error says it for the latest
-- read only, so the Jobs page could not tell which execution had it and showed a silent COMPLETED
-- (issue 15). Null for a source read in full.
ALTER TABLE collection_progress
  ADD COLUMN IF NOT EXISTS warning VARCHAR(2000) NULL;
