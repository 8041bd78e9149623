package org.psmm.core.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a MariaDB command-line tool, started without a shell, with the password in its
 * environment only, and its stderr kept (the last 8 KiB) for the error message.
 */
final class ToolProcess implements AutoCloseable {

    private static final int STDERR_KEPT = 8192;

    private final String tool;
    private final Process process;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Thread stderrReader;

    private ToolProcess(String tool, Process process) {
        this.tool = tool;
        this.process = process;
        this.stderrReader = new Thread(this::drainStderr, tool + "-stderr");
        this.stderrReader.setDaemon(true);
        this.stderrReader.start();
    }

    static ToolProcess start(DatabaseTarget db, List<String> command, ProcessBuilder.Redirect stdout) throws DatabaseToolException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout);
        db.passPassword(pb.environment());
        try {
            return new ToolProcess(command.get(0), pb.start());
        } catch (IOException e) {
            throw new DatabaseToolException(command.get(0) + " could not be started (is the MariaDB client installed? "
                    + "apt-get install mariadb-client): " + e.getMessage(), e);
        }
    }

    Process process() {
        return process;
    }

    private void drainStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (stderr) {
                    stderr.write(buffer, 0, n);
                    if (stderr.size() > 2 * STDERR_KEPT) {
                        byte[] all = stderr.toByteArray();
                        stderr.reset();
                        stderr.write(all, all.length - STDERR_KEPT, STDERR_KEPT);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone; what was read is kept
        }
    }

    /** Waits for the end; a non-zero exit or a timeout becomes an exception with the tool's stderr. */
    void awaitSuccess(Duration timeout) throws DatabaseToolException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new DatabaseToolException(tool + " did not finish within " + timeout.toMinutes() + " min and was stopped");
            }
            stderrReader.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DatabaseToolException(tool + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            String said = stderrText();
            throw new DatabaseToolException(tool + " failed (exit " + process.exitValue() + ")" + (said.isEmpty() ? "" : ": " + said));
        }
    }

    String stderrText() {
        synchronized (stderr) {
            String s = stderr.toString(StandardCharsets.UTF_8).strip();
            return s.length() > 2000 ? "..." + s.substring(s.length() - 2000) : s;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
