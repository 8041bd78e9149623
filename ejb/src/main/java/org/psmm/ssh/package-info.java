/**
 * PSMM's one SSH client inside the server: its key pair (made on first start), its connection
 * pool, and how a host of the inventory becomes an SSH target with its pinned key.
 */
package org.psmm.ssh;
