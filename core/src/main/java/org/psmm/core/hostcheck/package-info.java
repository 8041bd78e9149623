/**
 * What a host check concludes from command output: the hardening rules of the PSMM brief (no
 * root login, no password login, monitor in sudo), read from {@code sshd -T} and {@code id}.
 */
package org.psmm.core.hostcheck;
