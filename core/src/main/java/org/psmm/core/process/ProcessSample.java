package org.psmm.core.process;

/**
 * One process as {@code ps -eo pid=,user:32=,etimes=,times=,rss=,pmem=,stat=,tty=,comm=} printed
 * it: {@code cpuSeconds} is its whole CPU time so far (user + system, whole seconds),
 * {@code elapsedSeconds} its age, {@code command} the kernel's name for it (at most 15
 * characters, any of them: hostile text).
 */
public record ProcessSample(int pid, String user, long elapsedSeconds, long cpuSeconds, long rssKb, double memPercent,
        String stat, String tty, String command) {
}
