/**
 * Alert rules as plain Java: threshold crossing, host down after a delay, and the folding of
 * alert changes into at most one mail per recipient and interval. Time comes from a Clock.
 */
package org.psmm.core.alert;
