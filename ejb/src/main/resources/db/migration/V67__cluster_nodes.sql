-- Two or more PSMM nodes sharing this database (bin/psmm start --node N).

-- Each node says it is alive every few seconds (the database's clock, so that nodes on several
-- machines compare the same time); a node silent for longer is dead to the others.
CREATE TABLE cluster_node (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  started_at DATETIME(6) NOT NULL,
  seen_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which node runs a job execution: JBeret's repository does not say. An execution still STARTED
-- whose node is dead is abandoned and its work started again by a living node.
CREATE TABLE job_execution_node (
  execution_id BIGINT NOT NULL PRIMARY KEY,
  node_name VARCHAR(100) NOT NULL,
  KEY job_execution_node_by_node (node_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The node that claimed a message being sent: at its restart it sends again only its own
-- interrupted messages, never one another node is sending.
ALTER TABLE notification ADD COLUMN claimed_by VARCHAR(100) NULL;
