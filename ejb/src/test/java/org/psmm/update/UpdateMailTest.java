package org.psmm.update;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.core.notify.AdminTexts;
import org.psmm.core.updates.UpgradablePackage;

/** What comes from the server (errors, apt's output) arrives escaped in the HTML part. */
class UpdateMailTest {

    private static UpdateRun failedRun() {
        Instant t0 = Instant.parse("2026-11-23T22:00:00Z");
        UpdateRun run = new UpdateRun(1, "web-1", "admin", t0);
        run.start(t0);
        run.packages(List.of(new UpgradablePackage("openssl", "3.0.15-1~deb12u1", "3.0.16-1~deb12u1")), 0);
        run.finish(UpdateStatus.FAILED, "upgrading the packages failed: E: <script>alert(1)</script>", true,
                List.of("linux-image-amd64"), false, "Setting up x\n<img src=x onerror=alert(2)>", t0.plusSeconds(42));
        return run;
    }

    @Test
    void htmlPartEscapesTheServersText() {
        String html = UpdateRecorder.mailHtml(failedRun(), "web-1: system update failed", AdminTexts.ENGLISH);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("openssl 3.0.15-1~deb12u1 → 3.0.16-1~deb12u1"), html);
    }

    @Test
    void textPartSaysWhatHappened() {
        String text = UpdateRecorder.mailText(failedRun(), AdminTexts.ENGLISH);
        assertTrue(text.contains("Host: web-1\nStatus: FAILED\nReboot required: yes (linux-image-amd64)\n"), text);
        assertTrue(text.contains("Duration: 42.0 s"), text);
        assertTrue(text.contains("  openssl 3.0.15-1~deb12u1 -> 3.0.16-1~deb12u1\n"), text);
    }

    @Test
    void adminsWhoChoseFrenchReadItInFrench() {
        AdminTexts fr = AdminTexts.of("fr");
        String text = UpdateRecorder.mailText(failedRun(), fr);
        assertTrue(text.contains("H\u00f4te: web-1\n\u00c9tat: \u00c9CHOU\u00c9E\nRed\u00e9marrage n\u00e9cessaire: oui (linux-image-amd64)\n"), text);
        assertTrue(text.contains("Paquets (1):\n  openssl"), text);
        assertTrue(text.contains("Fin de la sortie:\n"), text);
        String title = fr.get("updates.failed", "web-1");
        assertTrue(title.equals("web-1 : \u00e9chec de la mise \u00e0 jour du syst\u00e8me"), title);
        assertTrue(UpdateRecorder.mailHtml(failedRun(), title, fr).contains("<h3>Paquets (1)</h3>"));
    }
}
