/**
 * CERT-FR advisories without a server: reading their RSS feeds safely (no DTD, no external
 * entity), telling advisories from bulletins, naming the Debian packages an advisory's product
 * stands for, and reading the packages a host reports (dpkg-query). All input is hostile text.
 */
package org.psmm.core.advisory;
