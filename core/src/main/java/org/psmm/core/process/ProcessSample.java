package org.psmm.core.process;

/**
 * One process as {@code ps -eo pid=,user:32=,etimes=,times=,rss=,stat=,tty=,comm=} printed
 * it: {@code cpuSeconds} is its whole CPU time so far (user + system, whole seconds),
 * {@code elapsedSeconds} its age, {@code command} the kernel's name for it (at most 15
 * characters, any of them: hostile text). No %MEM: ps computing it costs a quarter of its time; it
 * is rss over the host's MemTotal, which the same poll read.
 */
public record ProcessSample(int pid, String user, long elapsedSeconds, long cpuSeconds, long rssKb,
        String stat, String tty, String command) {
}
