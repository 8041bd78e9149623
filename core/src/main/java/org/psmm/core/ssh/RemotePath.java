package org.psmm.core.ssh;

import java.util.Objects;

/**
 * An absolute path on a monitored server. Relative paths are refused because their meaning
 * depends on the remote working directory; NUL, newline and carriage return are refused because
 * no sane log or program path holds them and they break line-oriented tools and logs.
 */
public final class RemotePath {

    private final String value;

    private RemotePath(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException if {@code path} is empty, relative, or contains NUL, CR or LF
     */
    public static RemotePath of(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("a remote path is required");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\0' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException(
                        "remote path contains a control character (NUL, CR or LF): "
                                + printable(path));
            }
        }
        if (path.charAt(0) != '/') {
            throw new IllegalArgumentException(
                    "remote path must be absolute (start with /): " + printable(path));
        }
        return new RemotePath(path);
    }

    /** The path as given. */
    public String value() {
        return value;
    }

    /** The file name: what follows the last slash ("" for "/"). */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemotePath && ((RemotePath) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Makes control characters visible in an error message instead of breaking the log line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(200).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > 200) {
            out.append("...");
        }
        return out.toString();
    }
}
