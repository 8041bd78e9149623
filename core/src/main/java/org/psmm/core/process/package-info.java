/**
 * Processes without a container: {@code ps}'s lines as the metrics script prints them and the top
 * processes by CPU now (the difference of two polls) and by memory. Process names are hostile
 * text (anyone on the host names a process): parsed, shown escaped, never put into a command.
 */
package org.psmm.core.process;
