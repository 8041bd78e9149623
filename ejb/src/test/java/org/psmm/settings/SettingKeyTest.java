package org.psmm.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingKeyTest {

    @Test
    void numbersAreTrimmedAndBounded() {
        assertEquals("10", SettingKey.METRICS_POLL_INTERVAL.normalize(" 10 "));
        assertEquals("0", SettingKey.CPU_THRESHOLD.normalize("0"));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> SettingKey.CPU_THRESHOLD.normalize("101"));
        assertTrue(e.getMessage().contains("between 0 and 100"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> SettingKey.METRICS_POLL_INTERVAL.normalize("0"));
        assertThrows(InvalidSettingException.class, () -> SettingKey.METRICS_RETENTION.normalize("3.5"));
        assertThrows(InvalidSettingException.class, () -> SettingKey.METRICS_RETENTION.normalize(""));
    }

    @Test
    void mailListsAreCheckedAndDeduplicated() {
        assertEquals("a@example.org, b.c@mail.example.fr",
                SettingKey.ADMIN_RECIPIENTS.normalize(" a@example.org,,b.c@mail.example.fr , a@example.org"));
        assertEquals("", SettingKey.ADMIN_RECIPIENTS.normalize(" "));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> SettingKey.ADMIN_RECIPIENTS.normalize("a@example.org, Bob <b@example.org>"));
        assertTrue(e.getMessage().contains("'Bob <b@example.org>' is not a mail address"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> SettingKey.ADMIN_RECIPIENTS.normalize("root@localhost\r\nBcc: x@y.z"));
        assertEquals(List.of("x@y.org"), SettingKey.ADMIN_RECIPIENTS.mailList("x@y.org"));
    }

    @Test
    void advisoryFeedsAreWebAddresses() {
        assertEquals("https://a.example/feed/, http://127.0.0.1:8080/avis/feed/",
                SettingKey.ADVISORIES_FEEDS.normalize(" https://a.example/feed/,http://127.0.0.1:8080/avis/feed/ https://a.example/feed/"));
        assertEquals("", SettingKey.ADVISORIES_FEEDS.normalize(""));
        for (String bad : List.of("file:///etc/passwd", "ftp://x.example/feed", "https://user:pw@x.example/", "feed")) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> SettingKey.ADVISORIES_FEEDS.normalize(bad));
            assertTrue(e.getMessage().contains("http(s) address"), e.getMessage());
        }
        assertEquals("0", SettingKey.ADVISORIES_POLL.normalize("0"), "0: on demand only");
    }

    @Test
    void theMailLanguageIsEnglishOrFrench() {
        assertEquals("fr", SettingKey.NOTIFY_LANGUAGE.normalize(" FR "));
        assertEquals("en", SettingKey.NOTIFY_LANGUAGE.normalize("en"));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> SettingKey.NOTIFY_LANGUAGE.normalize("de"));
        assertTrue(e.getMessage().contains("en (English) or fr (French)"), e.getMessage());
    }

    @Test
    void defaultsFitTheirOwnBoundsAndUnits() {
        for (SettingKey k : SettingKey.values()) {
            assertEquals(k.defaultValue(), k.normalize(k.defaultValue()), k.key());
        }
        assertEquals(Duration.ofMinutes(5), SettingKey.METRICS_POLL_INTERVAL.duration(5));
        assertEquals(Duration.ofHours(72), SettingKey.METRICS_RETENTION.duration(72));
    }

    @Test
    void theDailyReportTimeIsAClockTimeAndItsSwitchTrueOrFalse() {
        assertEquals("07:00", SettingKey.DAILY_REPORT_TIME.normalize("7:00"));
        assertEquals("23:59", SettingKey.DAILY_REPORT_TIME.normalize(" 23:59 "));
        assertEquals(java.time.LocalTime.of(6, 30), SettingKey.DAILY_REPORT_TIME.timeOfDay("06:30"));
        for (String bad : List.of("24:00", "7", "07:60", "7h00", "", "07:00:00")) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> SettingKey.DAILY_REPORT_TIME.normalize(bad));
            assertTrue(e.getMessage().contains("HH:MM"), e.getMessage());
        }
        assertEquals("true", SettingKey.DAILY_REPORT_ENABLED.normalize("Yes"));
        assertEquals("false", SettingKey.DAILY_REPORT_ENABLED.normalize(" off"));
        assertThrows(InvalidSettingException.class, () -> SettingKey.DAILY_REPORT_ENABLED.normalize("maybe"));
    }
}
