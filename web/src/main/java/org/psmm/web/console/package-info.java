/**
 * The PrimeFaces console at /psmm/: one backing bean per page, named after it, texts from the
 * messages bundle in English and French.
 */
package org.psmm.web.console;
