/**
 * Open sessions without a container: {@code who -u} with the ttys' access times (Linux),
 * {@code quser} in English and French (Windows over OpenSSH), the idle policy's decision and the
 * strictly validated targets of a log-off. Everything read here is hostile text: it is parsed,
 * never put into a command.
 */
package org.psmm.core.session;
