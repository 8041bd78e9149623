package org.psmm.core.ssh;

import java.nio.charset.StandardCharsets;

/**
 * A small command's result with its stdout kept in memory, up to a bound given by the caller.
 *
 * @param result how the command ended
 * @param stdout the kept start of stdout
 * @param stdoutTruncated whether stdout was longer than the bound (the rest was read and dropped)
 */
public record CommandOutput(CommandResult result, byte[] stdout, boolean stdoutTruncated) {

    public CommandOutput {
        stdout = stdout.clone();
    }

    @Override
    public byte[] stdout() {
        return stdout.clone();
    }

    /** stdout decoded as UTF-8 (malformed bytes replaced). */
    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
