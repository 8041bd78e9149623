package org.psmm.core.ssh;

import java.time.Duration;

/**
 * How a remote command ended. The exit status is the remote program's, read after the channel
 * closed (before that it is not known). stderr is kept up to {@link SshSettings#stderrLimitBytes()}.
 *
 * @param target where the command ran
 * @param command a short form of the command ({@link RemoteCommand#summary()})
 * @param exitStatus the exit status, or -1 if the program was killed by a signal
 * @param exitSignal the signal name ("KILL", "SEGV") if it was, else null
 * @param stderr the start of stderr, decoded as UTF-8
 * @param stderrBytes the total size of stderr, kept or not
 * @param stdoutBytes the total size of stdout
 * @param elapsed from sending the command to the channel's close
 */
public record CommandResult(String target, String command, int exitStatus, String exitSignal,
        String stderr, long stderrBytes, long stdoutBytes, Duration elapsed) {

    public boolean succeeded() {
        return exitStatus == 0;
    }

    /** Whether stderr was longer than what was kept. */
    public boolean stderrTruncated() {
        return stderrBytes > stderr.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /**
     * Returns this result if the command succeeded.
     *
     * @throws SshException of kind {@link SshErrorKind#COMMAND_FAILED} with the exit status and
     *     the first line of stderr
     */
    public CommandResult requireSuccess() throws SshException {
        if (succeeded()) {
            return this;
        }
        String firstLine = stderr.strip().lines().findFirst().orElse("");
        if (firstLine.length() > 300) {
            firstLine = firstLine.substring(0, 300) + "...";
        }
        String how = exitSignal != null ? "was killed by SIG" + exitSignal
                : "exited with status " + exitStatus;
        throw new SshException(SshErrorKind.COMMAND_FAILED, "'" + command + "' on " + target + " " + how
                + (firstLine.isEmpty() ? "" : ": " + RemotePath.printable(firstLine)));
    }
}
