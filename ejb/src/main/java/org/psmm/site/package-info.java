/**
 * Sites: where hosts and devices are (a name they carry, with an optional region and address),
 * and what each site holds and how it is doing, for the Sites page, the dashboard and filters.
 */
package org.psmm.site;
