package org.psmm.session;

import java.io.Serializable;

/** A top process as the page and the API show it ({@code command}: hostile text). cpuPercent null: first poll. */
public record ProcessRow(int pid, String user, String command, Double cpuPercent, long rssKb, double memPercent,
        String stat, String tty, long elapsedSeconds) implements Serializable {
}
