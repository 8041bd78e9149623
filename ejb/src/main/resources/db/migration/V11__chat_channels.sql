-- Chat channels (Google Chat space webhooks, generic JSON webhooks) and what the chat watch remembers.
CREATE TABLE chat_channel (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  name        VARCHAR(100)  NOT NULL,
  type        VARCHAR(16)   NOT NULL,
  -- A secret: whoever has it can post to the space. Never logged, never shown back whole.
  webhook_url VARCHAR(2000) NOT NULL,
  enabled     BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_chat_channel_name UNIQUE (name),
  CONSTRAINT ck_chat_channel_type CHECK (type IN ('GOOGLE_CHAT', 'WEBHOOK'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per watch: when the last status message went out, so "since the last message" survives restarts.
CREATE TABLE chat_watch_mark (
  name      VARCHAR(32)  NOT NULL,
  marked_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Source IPs already announced as a burst of failed logins, so one burst is one message.
CREATE TABLE chat_burst_notice (
  source_ip   VARCHAR(255) NOT NULL,
  notified_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (source_ip)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The status message counts failed logins collected since the previous one.
ALTER TABLE auth_failure ADD KEY ix_auth_failure_collected (collected_at);
