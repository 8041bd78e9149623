package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.psmm.core.logs.Parsing.assertFailure;
import static org.psmm.core.logs.Parsing.none;
import static org.psmm.core.logs.Parsing.one;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MariaDbLogParserTest {

    private static final LogFormat DB = LogFormat.MARIADB;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "130324  0:04:00 [Warning] Access denied for user 'root'@'192.168.1.35' (using password: NO)|2013-03-24T00:04",
        "2015-10-07 06:09:42 5907 [Warning] Access denied for user 'root'@'192.168.1.35' (using password: YES)|2015-10-07T06:09:42",
        "2015-10-07  8:25:38 139845235329792 [Warning] Access denied for user 'root'@'192.168.1.35' (using password: YES)|2015-10-07T08:25:38",
        "2016-02-24T15:26:18.237955 6 [Note] Access denied for user 'root'@'192.168.1.35' (using password: YES)|2016-02-24T15:26:18",
        "2019-01-03T08:50:04.634875Z 113 [Note] [MY-010926] [Server] Access denied for user 'root'@'192.168.1.35' (using password: NO)|2019-01-03T08:50:04",
        "Sep 16 21:30:26 db1 mysqld: 130916 21:30:26 [Warning] Access denied for user 'root'@'192.168.1.35' (using password: YES)|2013-09-16T21:30:26",
        "2019-09-24T13:16:50 srv mysqld[1234]: 2019-09-24 13:16:50 8756 [Warning] Access denied for user 'root'@'192.168.1.35' (using password: YES)|2019-09-24T13:16:50",
        "2026-11-23 19:20:58 8 [Warning] Access denied for user 'root'@'192.168.1.35'|2026-11-23T19:20:58",
    })
    void everyPrefixTheServersHaveWritten(String line, String time) {
        assertFailure(one(DB, line), FailureKind.AUTH, "root", "192.168.1.35", time + (time.length() == 16 ? ":00" : ""));
    }

    @Test
    void bareMessageHasNoTime() {
        assertFailure(one(DB, "Access denied for user 'bob'@'10.0.0.2' (using password: YES)"), FailureKind.AUTH, "bob", "10.0.0.2", null);
    }

    @Test
    void hostNamesQuotesAndIpv6() {
        assertEquals("localhost", one(DB, "2026-11-23 19:20:59 12 [Warning] Access denied for user 'bob'@'localhost'").ip());
        assertEquals("o'brien", one(DB, "2026-11-23 19:20:58 11 [Warning] Access denied for user 'o'brien'@'127.0.0.1' (using password: YES)").user());
        assertEquals("john doe", one(DB, "2026-11-23 19:20:58 9 [Warning] Access denied for user 'john doe'@'127.0.0.1' (using password: NO)").user());
        assertEquals("josé", one(DB, "2026-11-23 19:20:58 10 [Warning] Access denied for user 'josé'@'127.0.0.1' (using password: YES)").user());
        assertEquals("::1", one(DB, "2026-11-23 19:20:58 10 [Warning] Access denied for user 'x'@'::1' (using password: YES)").ip());
        assertEquals("192.0.2.7", one(DB, "2026-11-23 19:20:58 10 [Warning] Access denied for user 'x'@'::ffff:192.0.2.7' (using password: YES)").ip());
    }

    @Test
    void utcStampIsShownInTheHostZone() {
        ParsedFailure f = DB.newParser().parse("2019-01-03T08:50:04.634875Z 113 [Note] [MY-010926] [Server] Access denied for user 'root'@'192.0.2.1' (using password: NO)",
                ParseContext.of(Parsing.PARIS, Parsing.NOW)).orElseThrow();
        assertEquals("2019-01-03T09:50:04", f.localTime().toString());
        assertEquals(Instant.parse("2019-01-03T08:50:04Z"), f.instant());
    }

    @Test
    void injectionAttempts() {
        // The user name comes first and is the client's; the host must end the line.
        none(DB, "2016-02-24T15:26:18.237955 6 [Note] Access denied for user 'root'@'localhost' (using password: YES) condition lead to a hypothetical failure");
        assertEquals("192.0.2.1", one(DB, "2026-11-23 19:20:58 9 [Warning] Access denied for user 'x'@'6.6.6.6' (using password: NO)'@'192.0.2.1' (using password: NO)").ip());
        none(DB, "2026-11-23 19:20:58 9 [Warning] Got an error: Access denied for user 'x'@'6.6.6.6'");
        none(DB, "Sep 16 21:30:26 db1 sudo: Access denied for user 'x'@'6.6.6.6'");
    }

    @Test
    void unauthenticatedAbortedConnectionIsAProbe() {
        assertFailure(one(DB, "2026-11-23 19:21:00 14 [Warning] Aborted connection 14 to db: 'unconnected' user: 'unauthenticated' host: '127.0.0.66' (This connection closed normally without authentication)"),
                FailureKind.PROBE, null, "127.0.0.66", "2026-11-23T19:21:00");
        none(DB, "2026-11-23 19:21:00 14 [Warning] Aborted connection 14 to db: 'app' user: 'app' host: '127.0.0.66' (Got timeout reading communication packets)");
        none(DB, "2026-11-23 19:20:40 0 [Note] InnoDB: Buffer pool(s) load completed at 261123 19:20:40");
    }
}
