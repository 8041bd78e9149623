/** What PSMM writes to its admins (mails and chat messages), in English or French. */
package org.psmm.core.notify;
