/**
 * CERT-FR advisories: the timer that reads the feeds, the store that keeps each advisory once,
 * the hosts' package inventories over SSH, which advisories concern which hosts, and the digest
 * that tells the admins of new ones.
 */
package org.psmm.advisory;
