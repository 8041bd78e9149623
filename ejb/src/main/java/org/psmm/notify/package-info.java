/**
 * The outbox every message goes through: stored first, sent by a timer through the mail session,
 * retried with back-off, marked sent only once the server accepted it.
 */
package org.psmm.notify;
