/**
 * The host check: whether PSMM can reach a host over SSH, run what it needs there and read its
 * logs, item by item, and which log sources the host has. It reads hosts and log sources; neither
 * of them knows it.
 */
package org.psmm.hostcheck;
