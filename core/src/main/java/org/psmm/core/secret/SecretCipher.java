package org.psmm.core.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens stored credentials with AES-256-GCM. A sealed value reads
 * {@code psmm1:KEYID:BASE64(iv | ciphertext | tag)}; KEYID (the first 8 hex digits of the key's
 * SHA-256) tells a secret sealed under another PSMM's key (restored from its backup: "to be
 * entered again") from one that was tampered with. The column a value is stored in is bound to it
 * as associated data, so a sealed value copied into another column does not open there.
 */
public final class SecretCipher {

    static final String PREFIX = "psmm1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = keyId(key);
    }

    /** A cipher on a given key, for tests. */
    public static SecretCipher forKey(byte[] key) {
        return new SecretCipher(key);
    }

    /**
     * @param purpose where the value is stored ("chat_channel.url"): it must be given again to open it
     * @return the sealed text, to store instead of the clear one; null stays null
     */
    public String seal(String clear, String purpose) {
        if (clear == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The clear text of a sealed value; empty when it was sealed under another key (a backup of
     * another PSMM): the secret must be entered again.
     *
     * @throws IllegalArgumentException if the value is not sealed, or was altered
     */
    public Optional<String> open(String sealed, String purpose) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        int colon = sealed.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        if (!sealed.substring(PREFIX.length(), colon).equals(keyId)) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sealed secret was altered");
        }
        if (raw.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a sealed secret was altered");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] clear = c.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
            return Optional.of(new String(clear, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("a sealed secret was altered, or belongs to another column");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Whether a stored value is sealed (values stored before sealing existed are not). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    private static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
