/**
 * PSMM's schema: Flyway migrations (db/migration) applied at deployment, then the JPA mapping
 * checked against the migrated tables, so a mismatch stops the deployment with a clear error.
 */
package org.psmm.schema;
