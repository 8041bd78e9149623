package org.psmm.core.logs.rotation;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How far a log was read: the file (its inode when first seen and a hash of its first
 * {@code headLength} bytes) and the byte offset of the next unread line. The head hash follows
 * the file's content through a rename, a copy (copytruncate) or a gzip, where the inode does not.
 *
 * @param identity the file's identity key, fixed when the file was first seen and kept while it is
 *     renamed, copied or compressed: the natural key of what was read from it
 */
public record LogCursor(long inode, int headLength, String headHash, long offset, String identity)
        implements Serializable {

    /** Bytes hashed to recognise a file; enough to hold a first line with its timestamp. */
    public static final int HEAD_LENGTH = 256;

    public LogCursor {
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(identity, "identity");
        if (offset < 0 || headLength < 1) {
            throw new IllegalArgumentException("offset " + offset + ", head length " + headLength);
        }
    }

    /** A cursor at the start of a file seen for the first time. */
    public static LogCursor start(long inode, int headLength, String headHash) {
        return new LogCursor(inode, headLength, headHash, 0, identityOf(inode, headLength, headHash));
    }

    /** A cursor as stored: its identity follows from the file's inode and head. */
    public static LogCursor of(long inode, int headLength, String headHash, long offset) {
        return new LogCursor(inode, headLength, headHash, offset, identityOf(inode, headLength, headHash));
    }

    public LogCursor at(long newOffset) {
        return new LogCursor(inode, headLength, headHash, newOffset, identity);
    }

    /** sha256(inode:length:hash): distinct for two files even where their first bytes are alike. */
    static String identityOf(long inode, int headLength, String headHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((inode + ":" + headLength + ":" + headHash).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
