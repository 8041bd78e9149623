package org.psmm.core.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * PSMM's own SSH key: the key every monitored server's {@code monitor} account trusts. Generated
 * once (ed25519) into a directory, private key mode 0600 from the moment it exists, and loaded
 * from there afterwards. An existing OpenSSH private key (ed25519 or RSA, without passphrase) can
 * be loaded too. The private key never leaves this class and the client; nothing here prints it.
 */
public final class SshIdentity {

    private static final System.Logger LOG = System.getLogger(SshIdentity.class.getName());

    /** The private key's file name in the key directory; the public key adds ".pub". */
    public static final String KEY_FILE_NAME = "psmm_ed25519";

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path privateKeyFile;
    private final String keyType;
    private final byte[] publicKeyBlob;
    private final String comment;

    private SshIdentity(Path privateKeyFile, String keyType, byte[] publicKeyBlob, String comment) {
        this.privateKeyFile = privateKeyFile;
        this.keyType = keyType;
        this.publicKeyBlob = publicKeyBlob;
        this.comment = comment;
    }

    /**
     * Loads {@code directory/psmm_ed25519}, or generates it (and its {@code .pub}) if absent,
     * with the comment "psmm@LOCAL-HOST-NAME".
     */
    public static SshIdentity loadOrCreate(Path directory) throws IOException {
        return loadOrCreate(directory, "psmm@" + localHostName());
    }

    /** As {@link #loadOrCreate(Path)} with the given public key comment (one word). */
    public static synchronized SshIdentity loadOrCreate(Path directory, String comment) throws IOException {
        Path privateKey = directory.resolve(KEY_FILE_NAME);
        if (Files.exists(privateKey, LinkOption.NOFOLLOW_LINKS)) {
            return load(privateKey);
        }
        return generate(privateKey, checkComment(comment));
    }

    /**
     * Loads an OpenSSH private key without passphrase (PSMM's, or e.g. a lab key). Its comment is
     * read from the {@code .pub} file beside it when there is one.
     *
     * @throws IOException if the file is missing, unreadable, readable by others than its owner,
     *     encrypted, or not a private key
     */
    public static SshIdentity load(Path privateKeyFile) throws IOException {
        checkPermissions(privateKeyFile);
        byte[] content = Files.readAllBytes(privateKeyFile);
        KeyPair pair = null;
        try {
            pair = KeyPair.load(new JSch(), content, null);
            if (pair.isEncrypted()) {
                throw new IOException(privateKeyFile + " is protected by a passphrase: PSMM needs a key"
                        + " without one (it runs unattended)");
            }
            byte[] blob = pair.getPublicKeyBlob();
            if (blob == null) {
                throw new IOException(privateKeyFile + " holds no usable public key");
            }
            return new SshIdentity(privateKeyFile, pair.getKeyTypeString(), blob.clone(),
                    commentBeside(privateKeyFile, blob));
        } catch (JSchException e) {
            // JSch's message names the file format problem, never the key material.
            throw new IOException(privateKeyFile + " is not a private key PSMM can use: " + e.getMessage());
        } finally {
            Arrays.fill(content, (byte) 0);
            if (pair != null) {
                pair.dispose();
            }
        }
    }

    private static SshIdentity generate(Path privateKey, String comment) throws IOException {
        Path directory = privateKey.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        KeyPair pair;
        try {
            pair = KeyPair.genKeyPair(new JSch(), KeyPair.ED25519);
        } catch (JSchException e) {
            throw new IOException("cannot generate an ed25519 key: " + e.getMessage(), e);
        }
        try {
            pair.setPublicKeyComment(comment);
            ByteArrayOutputStream privateBytes = new ByteArrayOutputStream();
            pair.writeOpenSSHv1PrivateKey(privateBytes, null);
            byte[] privateContent = privateBytes.toByteArray();
            try {
                // Created 0600 (a file attribute applied by open(2)), then renamed into place: the
                // key is never readable by others, and never half written under its final name.
                writeAtomically(privateKey, privateContent, PRIVATE);
            } finally {
                Arrays.fill(privateContent, (byte) 0);
            }
            byte[] blob = pair.getPublicKeyBlob().clone();
            SshIdentity identity = new SshIdentity(privateKey, pair.getKeyTypeString(), blob, comment);
            writeAtomically(publicKeyFile(privateKey),
                    (identity.publicKeyLine() + "\n").getBytes(StandardCharsets.US_ASCII), PUBLIC);
            LOG.log(System.Logger.Level.INFO, "Generated PSMM''s SSH key {0} ({1})", privateKey,
                    identity.fingerprint());
            return identity;
        } catch (JSchException e) {
            throw new IOException("cannot encode the new key: " + e.getMessage(), e);
        } finally {
            pair.dispose();
        }
    }

    private static void writeAtomically(Path target, byte[] content, Set<PosixFilePermission> mode)
            throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(),
                "." + target.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(mode));
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(content);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void checkPermissions(Path privateKey) throws IOException {
        if (!Files.isRegularFile(privateKey)) {
            throw new IOException("no private key at " + privateKey);
        }
        if (!privateKey.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(privateKey);
        for (PosixFilePermission p : mode) {
            if (!p.name().startsWith("OWNER_")) {
                throw new IOException("refusing to use " + privateKey + ": others may read it (mode "
                        + PosixFilePermissions.toString(mode) + "); run chmod 600 " + privateKey);
            }
        }
    }

    private static String commentBeside(Path privateKey, byte[] blob) {
        Path pub = publicKeyFile(privateKey);
        try {
            if (Files.isRegularFile(pub)) {
                String[] fields = Files.readString(pub, StandardCharsets.UTF_8).strip().split("\\s+", 3);
                if (fields.length == 3 && Arrays.equals(Base64.getDecoder().decode(fields[1]), blob)) {
                    return checkComment(fields[2]);
                }
                LOG.log(System.Logger.Level.WARNING, "{0} does not match its private key; ignoring it", pub);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read {0}: {1}", pub, e.getMessage());
        }
        return "psmm@" + localHostName();
    }

    private static String checkComment(String comment) {
        if (comment == null || !comment.matches("[A-Za-z0-9@._+:-]{1,100}")) {
            throw new IllegalArgumentException("a key comment is one word such as psmm@host");
        }
        return comment;
    }

    /** The local host name, reduced to the characters a key comment keeps. */
    static String localHostName() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            name = "localhost";
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "");
        return name.isEmpty() ? "localhost" : name;
    }

    private static Path publicKeyFile(Path privateKey) {
        return privateKey.resolveSibling(privateKey.getFileName() + ".pub");
    }

    /** Gives this key to a JSch instance; the key bytes are wiped from memory right after. */
    void addTo(JSch jsch) throws IOException {
        checkPermissions(privateKeyFile);
        byte[] content = Files.readAllBytes(privateKeyFile);
        try {
            jsch.addIdentity(privateKeyFile.toString(), content, null, null);
        } catch (JSchException e) {
            throw new IOException(privateKeyFile + " is not a private key PSMM can use: " + e.getMessage());
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    /** Where the private key lives. */
    public Path privateKeyFile() {
        return privateKeyFile;
    }

    /** "ssh-ed25519" or "ssh-rsa". */
    public String keyType() {
        return keyType;
    }

    /** The public key's SHA256 fingerprint, as {@code ssh-keygen -lf} prints it. */
    public String fingerprint() {
        return HostKeyPin.fingerprint(publicKeyBlob);
    }

    /** The public key blob (a copy). */
    public byte[] publicKeyBlob() {
        return publicKeyBlob.clone();
    }

    public String comment() {
        return comment;
    }

    /** "ssh-ed25519 AAAA... psmm@host": the content of the {@code .pub} file. */
    public String publicKeyLine() {
        return keyType + " " + Base64.getEncoder().encodeToString(publicKeyBlob) + " " + comment;
    }

    /**
     * The exact line to append to {@code ~monitor/.ssh/authorized_keys}. Deliberately plain, with
     * no options: {@code restrict} and friends differ between OpenSSH versions and one the server
     * does not know disables the whole line.
     */
    public String authorizedKeysLine() {
        return publicKeyLine();
    }

    @Override
    public String toString() {
        return "SshIdentity[" + keyType + " " + fingerprint() + " " + comment + ", " + privateKeyFile + "]";
    }
}
