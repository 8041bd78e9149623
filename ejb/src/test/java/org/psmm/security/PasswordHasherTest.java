package org.psmm.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashIsModularCryptBcryptThatElytronReads() {
        String hash = PasswordHasher.hash("s3cret pass");
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertEquals(60, hash.length());
        assertTrue(PasswordHasher.matches("s3cret pass", hash));
        assertFalse(PasswordHasher.matches("s3cret pas", hash));
    }

    @Test
    void samePasswordHashesDifferently() {
        assertNotEquals(PasswordHasher.hash("x"), PasswordHasher.hash("x"));
    }
}
