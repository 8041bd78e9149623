package org.psmm.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psmm.core.metrics.HostMetrics;
import org.psmm.core.metrics.MetricsOutputParser;

/** who -u (captured on a lab host) and quser (written to its documented shape, both languages). */
class SessionParsersTest {

    static String fixture(String name) {
        try (InputStream in = SessionParsersTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A quser fixture without its "#" note. */
    static String quser(String name) {
        StringBuilder out = new StringBuilder();
        for (String line : fixture("session/" + name).split("\n")) {
            if (!line.startsWith("#")) {
                out.append(line).append("\r\n"); // as Windows prints it
            }
        }
        return out.toString();
    }

    @Test
    void whoOnALabHostWithTheTtysAccessTime() {
        HostMetrics m = MetricsOutputParser.parse(fixture("metrics/lab-web-activity-b.txt"));
        List<OpenSession> s = m.activity().sessions();
        assertEquals(1, s.size(), s.toString());
        OpenSession nosudo = s.get(0);
        assertEquals("nosudo", nosudo.user());
        assertEquals("pts/0", nosudo.session());
        assertEquals("127.0.0.1", nosudo.from());
        assertEquals("Dec  2 15:05", nosudo.since());
        assertEquals(1796223913L, m.activity().hostEpochSeconds());
        assertEquals(10L, nosudo.idleSeconds(), "host's date minus /dev/pts/0's access time");
        assertEquals(6718, nosudo.pid());
        assertEquals(OpenSession.State.ACTIVE, nosudo.state());
    }

    @Test
    void whoInAnotherLocaleAndWithoutStat() {
        List<OpenSession> s = WhoParser.parse("alice    pts/3        2026-12-02 09:14 00:12       4242 (192.0.2.7)\n"
                + "bob      tty1         2026-12-01 18:00  old         901\nnot a who line\n", java.util.Map.of(), 1L);
        assertEquals(2, s.size());
        assertEquals("192.0.2.7", s.get(0).from());
        assertNull(s.get(0).idleSeconds(), "no access time: idle unknown, never guessed");
        assertEquals("", s.get(1).from());
        assertEquals("tty1", s.get(1).session());
    }

    @Test
    void quserInEnglish() {
        List<OpenSession> s = QuserParser.parse(quser("quser-en.txt"));
        assertEquals(5, s.size(), s.toString());
        assertSession(s.get(0), "administrator", "2", "rdp-tcp#12", OpenSession.State.ACTIVE, 0L, "12/2/2026 8:02 AM");
        assertSession(s.get(1), "jdupont", "3", "rdp-tcp#13", OpenSession.State.ACTIVE, 300L, "12/2/2026 9:14 AM");
        assertSession(s.get(2), "mmartin", "4", "", OpenSession.State.DISCONNECTED, 3900L, "12/1/2026 4:40 PM");
        assertSession(s.get(3), "svc-backup", "5", "", OpenSession.State.DISCONNECTED, (2 * 24 * 60 + 190) * 60L,
                "11/29/2026 11:02 PM");
        assertSession(s.get(4), "operator", "1", "console", OpenSession.State.ACTIVE, 0L, "11/30/2026 7:58 AM");
    }

    @Test
    void quserInFrenchWithDecoAndShiftedColumns() {
        List<OpenSession> s = QuserParser.parse(quser("quser-fr.txt"));
        assertEquals(5, s.size(), s.toString());
        assertSession(s.get(0), "administrateur", "2", "rdp-tcp#12", OpenSession.State.ACTIVE, 0L, "02/12/2026 08:02");
        assertSession(s.get(2), "mmartin", "4", "", OpenSession.State.DISCONNECTED, 3900L, "01/12/2026 16:40");
        assertSession(s.get(3), "svc-sauvegarde", "5", "", OpenSession.State.DISCONNECTED, 184_200L, "29/11/2026 23:02");
        assertSession(s.get(4), "exploitant", "1", "console", OpenSession.State.ACTIVE, 0L, "30/11/2026 07:58");
    }

    @Test
    void quserWithoutSessionsAndMangledAccents() {
        assertTrue(QuserParser.parse(quser("quser-none-fr.txt")).isEmpty());
        assertEquals(OpenSession.State.DISCONNECTED, QuserParser.state("D\uFFFDco"), "a code page lost the é");
        assertEquals(OpenSession.State.OTHER, QuserParser.state("Listen"));
        assertNull(QuserParser.idleSeconds("soon"));
    }

    /** The loginctl fixture as the poll prints it: every line prefixed with "|". */
    static String loginctlSection() {
        StringBuilder out = new StringBuilder();
        for (String line : fixture("session/loginctl-show-session.txt").split("\n", -1)) {
            if (!line.startsWith("#")) {
                out.append('|').append(line).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void loginctlSessionsWithTheirIdleHintRemoteHostAndState() {
        String unprefixed = loginctlSection().replace("\n|", "\n").substring(1);
        List<OpenSession> s = LoginctlParser.parse(unprefixed, java.util.Map.of("tty1", 1796223813L), 1796223913L);
        assertEquals(List.of("alice", "bob"), s.stream().map(OpenSession::user).toList(), "no tty, no session (c1, 7)");
        OpenSession alice = s.get(0);
        assertEquals("pts/0", alice.session());
        assertEquals("192.0.2.14", alice.from());
        assertEquals(600L, alice.idleSeconds(), "host's clock minus IdleSinceHint (microseconds)");
        assertEquals("Wed 2026-12-02 15:05:13 UTC", alice.since());
        assertEquals(6718, alice.pid());
        assertEquals(OpenSession.State.ACTIVE, alice.state());
        assertEquals("", s.get(1).from(), "a local session has no remote host");
        assertEquals(100L, s.get(1).idleSeconds(), "no idle hint: the tty's access time");
    }

    @Test
    void thePollPrefersLogindAndFallsBackToWho() {
        String lab = fixture("metrics/lab-web-activity-b.txt");
        String withLogind = lab.replace("@@end", "@@loginctl\n" + loginctlSection() + "@@end");
        List<OpenSession> s = MetricsOutputParser.parse(withLogind).activity().sessions();
        assertEquals(List.of("alice", "bob"), s.stream().map(OpenSession::user).toList());
        String failed = lab.replace("@@end", "@@loginctl\n@@end");
        assertEquals(List.of("nosudo"), MetricsOutputParser.parse(failed).activity().sessions().stream()
                .map(OpenSession::user).toList(), "loginctl listed nothing usable: who's list");
        String forged = lab.replace("@@end", "@@loginctl\nId=9\nName=mallory\nTTY=pts/9\n@@end");
        assertEquals(List.of("nosudo"), MetricsOutputParser.parse(forged).activity().sessions().stream()
                .map(OpenSession::user).toList(), "lines without the poll's prefix are not read");
    }

    @Test
    void logOffTargetsAreValidatedStrictly() {
        assertEquals(List.of("pkill", "-HUP", "-t", "pts/12"), LogoffTarget.linux("pts/12").words());
        assertTrue(LogoffTarget.linux("pts/12").usesSudo());
        assertEquals(List.of("logoff", "4"), LogoffTarget.windows("4").words());
        for (String bad : new String[] {"pts/1;id", "pts/$(id)", "../pts/1", "pts/", "pts/1 ", "root", "-1", "pts/1\n",
                "tty1x", ""}) {
            assertThrows(IllegalArgumentException.class, () -> LogoffTarget.linux(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> LogoffTarget.windows(bad), bad);
        }
        assertFalse(LogoffTarget.isTty(null));
    }

    @Test
    void thePolicyNeverPicksTheMonitorNorAnExcludedUser() {
        List<OpenSession> s = List.of(session("monitor", "pts/1", 7200L), session("Alice", "pts/2", 7200L),
                session("bob", "pts/3", 7200L), session("carol", "pts/4", 60L), session("dave", "rdp-tcp#1", 7200L),
                session("erin", "pts/5", null));
        IdlePolicy p = new IdlePolicy(30, "monitor", IdlePolicy.parseUsers("alice, \n zed"));
        assertEquals(List.of("bob"), p.due(s).stream().map(OpenSession::user).toList());
        assertEquals(Set.of("alice", "zed"), IdlePolicy.parseUsers(" alice,zed "));
    }

    private static OpenSession session(String user, String tty, Long idle) {
        return new OpenSession(user, tty, tty, "", "", idle, OpenSession.State.ACTIVE, null);
    }

    private static void assertSession(OpenSession s, String user, String id, String name, OpenSession.State state,
            Long idle, String since) {
        assertEquals(user, s.user());
        assertEquals(id, s.session());
        assertEquals(name, s.name());
        assertEquals(state, s.state());
        assertEquals(idle, s.idleSeconds());
        assertEquals(since, s.since());
    }
}
