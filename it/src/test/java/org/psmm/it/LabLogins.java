package org.psmm.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Real logins on lab hosts with Debian's ssh client and the lab's key (as monitor or nosudo): an
 * interactive-like session with a terminal, left idle (it prints its tty, then sleeps), and a
 * process with a name of the test's choosing (a copy of yes, sent its name on stdin so that no
 * shell ever reads the name). Each one is an OS process of this JVM: close() ends it.
 */
final class LabLogins {

    private LabLogins() {
    }

    /** A running ssh client and what its remote side said first. */
    static final class Login implements AutoCloseable {
        final Process process;
        final String firstLine;

        Login(Process process, String firstLine) {
            this.process = process;
            this.firstLine = firstLine;
        }

        /** The session's tty as who names it: "pts/3". */
        String tty() {
            return firstLine.replaceFirst("^/dev/", "");
        }

        boolean alive() {
            return process.isAlive();
        }

        boolean endsWithin(long seconds) throws InterruptedException {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ProcessBuilder ssh(String user, String host, boolean tty, String remote) {
        Path key = Lab.DIR.resolve("var/keys/monitor_ed25519");
        Path knownHosts = Lab.DIR.resolve("var/known_hosts");
        return new ProcessBuilder("ssh", tty ? "-tt" : "-T", "-i", key.toString(), "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts, "-o", "LogLevel=ERROR",
                user + "@" + Lab.address(host), remote).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    /** A session with a terminal (so in utmp), idle for up to {@code seconds}. */
    static Login idleSession(String user, String host, int seconds) throws IOException {
        Process p = ssh(user, host, true, "tty; exec sleep " + seconds).start();
        p.getOutputStream().close();
        return new Login(p, firstLine(p));
    }

    /** A busy process named {@code name} (any text but "/" and NUL) for up to {@code seconds}; first line: its pid. */
    static Login namedProcess(String user, String host, String name, int seconds) throws IOException {
        String script = "d=$(mktemp -d); IFS= read -r n; cp /usr/bin/yes \"$d/$n\"; cd \"$d\"; "
                + "timeout " + seconds + " \"./$n\" >/dev/null & echo $!; wait; rm -rf \"$d\"";
        Process p = ssh(user, host, false, script).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Login(p, firstLine(p));
    }

    private static String firstLine(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null) {
            throw new IllegalStateException("the ssh login said nothing (is the lab up?)");
        }
        return line.strip();
    }
}
