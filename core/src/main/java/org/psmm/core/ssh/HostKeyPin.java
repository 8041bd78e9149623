package org.psmm.core.ssh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A server's host key as the administrator confirmed it: its type and its public key blob (the
 * SSH wire encoding, as in a known_hosts line). Connections succeed only when the server
 * presents exactly this key. Stored as {@link #toOpenSsh()} ("ssh-ed25519 AAAA...") and shown as
 * {@link #fingerprint()} ("SHA256:..."), the form {@code ssh-keygen -lf} and {@code ssh} print.
 */
public final class HostKeyPin {

    private static final Pattern KEY_TYPE = Pattern.compile("[A-Za-z0-9@._+-]{1,64}");

    private final String keyType;
    private final byte[] blob;

    private HostKeyPin(String keyType, byte[] blob) {
        this.keyType = keyType;
        this.blob = blob;
    }

    /**
     * The pin for a key blob as presented by a server; the type is read from the blob itself.
     *
     * @throws IllegalArgumentException if the blob is not an SSH public key encoding
     */
    public static HostKeyPin ofBlob(byte[] keyBlob) {
        byte[] copy = keyBlob.clone();
        return new HostKeyPin(typeOf(copy), copy);
    }

    /**
     * Parses "TYPE BASE64 [comment]", the form of a {@code .pub} file, of
     * {@code ssh-keyscan} output without its host name, and of {@link #toOpenSsh()}.
     *
     * @throws IllegalArgumentException if the text is not such a line, or its type disagrees with
     *     the key inside
     */
    public static HostKeyPin parse(String openSshKey) {
        String[] fields = openSshKey.strip().split("\\s+");
        if (fields.length < 2) {
            throw new IllegalArgumentException("expected 'TYPE BASE64', e.g. 'ssh-ed25519 AAAA...'");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(fields[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key is not valid base64", e);
        }
        HostKeyPin pin = ofBlob(blob);
        if (!pin.keyType.equals(fields[0])) {
            throw new IllegalArgumentException(
                    "key type '" + RemotePath.printable(fields[0]) + "' does not match the key, which is "
                            + pin.keyType);
        }
        return pin;
    }

    /** The OpenSSH-style SHA256 fingerprint of a key blob: "SHA256:" + base64 without padding. */
    public static String fingerprint(byte[] keyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The name a host key is filed under, as in known_hosts: the host for port 22,
     * "[host]:port" otherwise. The same server answering on two ports is two entries.
     */
    public static String knownHostsName(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** The key type, e.g. "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256". */
    public String keyType() {
        return keyType;
    }

    /** The public key blob (a copy). */
    public byte[] keyBlob() {
        return blob.clone();
    }

    /** "SHA256:..." as printed by {@code ssh-keygen -lf}. */
    public String fingerprint() {
        return fingerprint(blob);
    }

    /** "TYPE BASE64": what to store, and what {@link #parse(String)} reads back. */
    public String toOpenSsh() {
        return keyType + " " + Base64.getEncoder().encodeToString(blob);
    }

    /** Whether a presented key blob is exactly this key. */
    public boolean matches(byte[] presentedBlob) {
        return presentedBlob != null && MessageDigest.isEqual(blob, presentedBlob);
    }

    private static String typeOf(byte[] blob) {
        if (blob.length < 4) {
            throw new IllegalArgumentException("not an SSH public key: too short");
        }
        long length = ((blob[0] & 0xffL) << 24) | ((blob[1] & 0xff) << 16)
                | ((blob[2] & 0xff) << 8) | (blob[3] & 0xff);
        if (length < 1 || length > 64 || 4 + length >= blob.length) {
            throw new IllegalArgumentException("not an SSH public key: bad type field");
        }
        String type = new String(blob, 4, (int) length, StandardCharsets.US_ASCII);
        if (!KEY_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("not an SSH public key: bad type name");
        }
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostKeyPin && Arrays.equals(((HostKeyPin) other).blob, blob);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blob);
    }

    /** "ssh-ed25519 SHA256:...": what an administrator compares. */
    @Override
    public String toString() {
        return keyType + " " + fingerprint();
    }
}
