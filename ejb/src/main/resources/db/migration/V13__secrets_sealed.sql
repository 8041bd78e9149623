-- Stored credentials are sealed (AES-GCM, key outside the database: see org.psmm.secret). A sealed
-- webhook URL cannot be shown even masked, so the part that may be shown is kept beside it.
-- Values written before sealing existed are sealed by PSMM at its next start (ClearSecretsSealer).
ALTER TABLE chat_channel
  MODIFY webhook_url VARCHAR(4000) NOT NULL,
  ADD COLUMN webhook_shown VARCHAR(300) NULL;
ALTER TABLE captive_portal MODIFY password VARCHAR(2000) NOT NULL;
