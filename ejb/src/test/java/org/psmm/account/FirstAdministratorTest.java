package org.psmm.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psmm.core.account.PasswordRules;

class FirstAdministratorTest {

    @Test
    void randomFirstPasswordsAreLongDistinctAndPassTheRules() {
        String a = FirstAdministrator.randomPassword();
        assertEquals(20, a.length());
        assertNotEquals(a, FirstAdministrator.randomPassword());
        assertTrue(a.chars().allMatch(Character::isLetterOrDigit));
        assertEquals(Optional.empty(), PasswordRules.problem(FirstAdministrator.USERNAME, a));
    }
}
