/**
 * Host metrics without a container: the one remote script, parsers for what it prints
 * (/proc/stat, /proc/meminfo, df -P, load, uptime, users) and the CPU difference of two readings.
 */
package org.psmm.core.metrics;
