package org.psmm.core.ssh;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a remote command's stdout as it arrives; the output is never gathered in memory by the
 * client. Read steadily: all channels to one host share one connection, and a consumer that
 * stalls holds up the others once its buffer is full.
 */
@FunctionalInterface
public interface StdoutConsumer {

    /**
     * @param stdout the remote stdout; it ends when the command closes its stdout. Whatever the
     *     consumer leaves unread is read and dropped afterwards, so the exit status is known.
     */
    void accept(InputStream stdout) throws IOException;
}
