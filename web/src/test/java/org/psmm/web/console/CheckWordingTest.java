package org.psmm.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A host check's English sentences come out in French; what the host printed stays as printed. */
class CheckWordingTest {

    private static final ResourceBundle FR = ResourceBundle.getBundle("org.psmm.web.messages", Locale.FRENCH);

    @Test
    void theLogsReportIsTranslatedLineByLine() {
        assertEquals("/var/log/auth.log : absent, lire plut\u00f4t le journal systemd : sshd,sshd-session\n"
                        + "/var/log/mysql/error.log : trouv\u00e9, lu comme fichier",
                CheckWording.detail(FR, "/var/log/auth.log: missing, read the journal instead: sshd,sshd-session\n"
                        + "/var/log/mysql/error.log: found, read as a file"));
    }

    @Test
    void aSentenceWithTheHostsOwnWordsKeepsThem() {
        assertEquals("Impossible de lire la configuration effective de sshd : sudo: a password is required",
                CheckWording.detail(FR, "Cannot read sshd's effective configuration: sudo: a password is required"));
        assertEquals("permitrootlogin no", CheckWording.detail(FR, "permitrootlogin no"));
        assertEquals("permitrootlogin (non indiqu\u00e9)", CheckWording.detail(FR, "permitrootlogin (not reported)"));
    }

    @Test
    void checkNamesHaveKeys() {
        assertEquals("check.name.hardening.root-login-refused", CheckWording.nameKey("hardening:root-login-refused"));
        assertEquals("Durcissement : connexion root refus\u00e9e", FR.getString(CheckWording.nameKey("hardening:root-login-refused")));
    }
}
