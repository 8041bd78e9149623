/**
 * PSMM's one SSH client: key-only authentication, pinned host keys, pooled sessions, streamed
 * command output, {@code sudo -n}, and the one quoting function every remote command goes through.
 */
package org.psmm.core.ssh;
