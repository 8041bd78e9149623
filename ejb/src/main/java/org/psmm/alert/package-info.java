/**
 * Alerts on hosts: raised when a value reaches its threshold or a host stays silent, resolved
 * when back to normal (one open alert per host, kind and mount), acknowledged by people, and
 * told to the admins in folded mails through the outbox.
 */
package org.psmm.alert;
