package org.psmm.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psmm.core.notify.AdminTexts;

class AlertRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void crossingRaisesOnceAndGoingBackUnderResolves() {
        assertEquals(Transition.RAISE, ThresholdRule.evaluate(75.2, 70, false));
        assertEquals(Transition.NONE, ThresholdRule.evaluate(99, 70, true), "still high: no second alert");
        assertEquals(Transition.RESOLVE, ThresholdRule.evaluate(69.9, 70, true));
        assertEquals(Transition.NONE, ThresholdRule.evaluate(10, 70, false));
        assertEquals(Transition.RAISE, ThresholdRule.evaluate(0, 0, false), "threshold 0: any value alerts");
    }

    @Test
    void aHostIsDownAfterTheDelayWithoutContact() {
        Duration delay = Duration.ofMinutes(30);
        assertFalse(HostDownRule.isDown(T0, T0, T0.plus(Duration.ofMinutes(29)), delay));
        assertTrue(HostDownRule.isDown(T0, T0, T0.plus(delay), delay));
        assertFalse(HostDownRule.isDown(null, T0, T0.plus(Duration.ofMinutes(5)), delay), "a new host is not down at once");
        assertFalse(HostDownRule.isDown(null, null, T0, delay), "a host never watched is never down");
        assertEquals(Transition.RESOLVE, HostDownRule.evaluate(T0, T0, T0.plusSeconds(1), delay, true));
    }

    @Test
    void changesWithinTheIntervalAreFoldedIntoTheNextMail() {
        MovableClock clock = new MovableClock();
        AlertMailFolder folder = new AlertMailFolder(clock, Duration.ofHours(1), AdminTexts.ENGLISH);
        List<AlertChange> pending = new ArrayList<>();

        pending.add(new AlertChange("web1", AlertKind.CPU, null, true, 93.5, 70, clock.instant()));
        Optional<AlertMail> first = folder.fold("a@example.org", null, pending, List.of(
                new OpenAlert("web1", AlertKind.CPU, null, 93.5, 70, T0)));
        assertTrue(first.isPresent(), "the first alert goes at once");
        assertTrue(first.get().text().contains("RAISED web1: CPU 93.5 % (threshold 70 %)"), first.get().text());
        Instant lastSent = clock.instant();
        pending.clear();

        clock.advance(Duration.ofMinutes(10));
        pending.add(new AlertChange("db1", AlertKind.DISK, "/var", true, 95.0, 90, clock.instant()));
        clock.advance(Duration.ofMinutes(20));
        pending.add(new AlertChange("web1", AlertKind.CPU, null, false, 12.0, 70, clock.instant()));
        List<OpenAlert> open = List.of(new OpenAlert("db1", AlertKind.DISK, "/var", 96.0, 90, T0.plusSeconds(600)));
        assertTrue(folder.fold("a@example.org", lastSent, pending, open).isEmpty(), "30 min after a mail: nothing goes");

        clock.advance(Duration.ofMinutes(30));
        AlertMail folded = folder.fold("a@example.org", lastSent, pending, open).orElseThrow();
        assertEquals("[PSMM] 1 open alert: 1 raised, 1 resolved", folded.subject());
        assertTrue(folded.text().contains("RAISED db1: disk /var 95.0 % (threshold 90 %)"), folded.text());
        assertTrue(folded.text().contains("RESOLVED web1: CPU 12.0 % (threshold 70 %)"), folded.text());
        assertTrue(folded.text().contains("Still open (1):\n- db1: disk /var 96.0 % (threshold 90 %), since 2026-11-23 10:10 UTC"),
                folded.text());

        assertTrue(folder.fold("a@example.org", clock.instant(), List.of(), open).isEmpty(), "nothing new: no mail");
    }

    @Test
    void hostDataIsEscapedInHtml() {
        MovableClock clock = new MovableClock();
        AlertMail mail = new AlertMailFolder(clock, Duration.ZERO, AdminTexts.ENGLISH).fold("a@example.org", null,
                List.of(new AlertChange("web1", AlertKind.DISK, "/mnt/<script>alert('x')</script>", true, 99.0, 90, T0)),
                List.of()).orElseThrow();
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), mail.html());
    }

    @Test
    void adminsWhoChoseFrenchGetAlertMailsInFrench() {
        MovableClock clock = new MovableClock();
        AlertMail mail = new AlertMailFolder(clock, Duration.ZERO, AdminTexts.of("fr")).fold("a@example.org", null,
                List.of(new AlertChange("web1", AlertKind.DISK, "/data", true, 95.0, 90, T0)),
                List.of(new OpenAlert("web1", AlertKind.DISK, "/data", 95.0, 90, T0))).orElseThrow();
        assertEquals("[PSMM] 1 alerte ouverte : 1 lev\u00e9e(s), 0 r\u00e9solue(s)", mail.subject());
        assertTrue(mail.text().startsWith("Ce qui a chang\u00e9 depuis le dernier mail d'alerte:\n"), mail.text());
        assertTrue(mail.text().contains(" LEV\u00c9E web1: disque /data 95,0 % (seuil 90 %)\n"), mail.text());
        assertTrue(mail.text().contains("Toujours ouvertes (1):\n- web1: disque /data 95,0 % (seuil 90 %), depuis "), mail.text());
    }
}
