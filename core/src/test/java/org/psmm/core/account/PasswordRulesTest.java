package org.psmm.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void twelveCharactersAreEnoughElevenAreNot() {
        assertEquals(Optional.empty(), PasswordRules.problem("bob", "correct-hors"));
        assertEquals(Optional.of(PasswordRules.Problem.TOO_SHORT), PasswordRules.problem("bob", "correct-hor"));
        assertTrue(PasswordRules.problem("bob", null).isPresent());
    }

    @Test
    void accentsCountAsOneCharacterButBcryptsLimitIsInBytes() {
        assertEquals(Optional.empty(), PasswordRules.problem("bob", "éàèùçéàèùçéà"), "12 characters, 24 bytes");
        assertEquals(Optional.of(PasswordRules.Problem.TOO_LONG), PasswordRules.problem("bob", "é".repeat(37)), "74 bytes");
        assertEquals(Optional.empty(), PasswordRules.problem("bob", "a1".repeat(36)), "72 bytes exactly");
    }

    @Test
    void theUserNameAndOneRepeatedCharacterAreRefused() {
        assertTrue(PasswordRules.problem("administrator", "Administrator").isPresent());
        assertTrue(PasswordRules.problem("bob", "aaaaaaaaaaaaaaa").isPresent());
        assertTrue(PasswordRules.problem("bob", "              ").isPresent());
    }

    @Test
    void userNamesAreLettersDigitsAndAFewSigns() {
        assertEquals(Optional.empty(), UserNames.problem("josé.müller"));
        assertEquals(Optional.empty(), UserNames.problem("ops@site-2"));
        assertTrue(UserNames.problem("bob smith").isPresent());
        assertTrue(UserNames.problem("-bob").isPresent());
        assertTrue(UserNames.problem("bob'--").isPresent());
        assertTrue(UserNames.problem("x".repeat(65)).isPresent());
        assertTrue(UserNames.problem(" ").isPresent());
    }
}
