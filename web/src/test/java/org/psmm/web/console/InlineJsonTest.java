package org.psmm.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Chart JSON goes raw into an inline script: what a device names must not end it. */
class InlineJsonTest {

    @Test
    void aLabelCannotCloseTheScriptNorOpenATag() {
        String json = "{\"label\":\"</script><script>alert(1)</script>\",\"x\":\"<img src=x onerror=alert(1)> & \u2028\"}";
        String safe = InlineJson.safe(json);
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&") || safe.contains("\u2028"), safe);
        assertEquals("{\"label\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\","
                + "\"x\":\"\\u003cimg src=x onerror=alert(1)\\u003e \\u0026 \\u2028\"}", safe);
    }

    @Test
    void jsonWithoutThoseCharactersIsLeftAsItIs() {
        String json = "{\"type\":\"line\",\"data\":[1.5,null,3]}";
        assertEquals(json, InlineJson.safe(json));
    }

    @Test
    void ratesAndUptimesReadAsPeopleSayThem() {
        DeviceFormat f = new DeviceFormat();
        assertEquals("12.4 Mbit/s", f.bps(12_400_000.0));
        assertEquals("950 bit/s", f.bps(950.0));
        assertEquals("1.0 Gbit/s", f.speed(1_000_000_000L));
        assertEquals("–", f.bps(null));
        assertEquals("12 d 3 h", f.uptime(12L * 86_400 + 3 * 3600 + 59));
        assertEquals("5 min", f.uptime(300L));
    }
}
