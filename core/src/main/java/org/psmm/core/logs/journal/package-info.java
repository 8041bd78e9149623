/**
 * The systemd journal as a log source: the filter of a source, the {@code journalctl -o json} command
 * that reads it from a cursor, and its JSON entries turned into what the file parsers read.
 */
package org.psmm.core.logs.journal;
