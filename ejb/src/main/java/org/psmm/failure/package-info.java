/**
 * The failed-logins explorer: filtered, paged reads of auth_failure that stay fast at millions
 * of rows (each query rides one of V3's indexes), the summary, and the CSV export rules.
 */
package org.psmm.failure;
