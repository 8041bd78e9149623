package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255", "192.030.0.6", "::1", "::", "2001:db8::1",
        "aaaa:bbbb:cccc:1234::1:1", "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1", "fe80::1:2:3:4:5:6", "2001:DB8::A"})
    void addresses(String a) {
        assertTrue(ClientAddresses.isAddress(a), a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "g::1",
        ":1", "example.com", "", "1.2.3.4a"})
    void notAddresses(String a) {
        assertFalse(ClientAddresses.isAddress(a), a);
    }

    @Test
    void normalisation() {
        assertEquals("192.0.2.1", ClientAddresses.normalize("::ffff:192.0.2.1"));
        assertEquals("192.0.2.1", ClientAddresses.normalize("::FFFF:192.0.2.1"));
        assertEquals("2001:db8::1", ClientAddresses.normalize("[2001:db8::1]"));
        assertEquals("::ffff:1", ClientAddresses.normalize("::ffff:1"));
        assertEquals("localhost", ClientAddresses.normalize("localhost"));
    }

    @Test
    void addressesEndWhereTheyEnd() {
        assertEquals(9, ClientAddresses.addressEnd(RawLine.of("192.0.2.1:58585"), 0));
        assertEquals(11, ClientAddresses.addressEnd(RawLine.of("2001:db8::1 port 22"), 0));
        assertEquals(11, ClientAddresses.addressEnd(RawLine.of("2001:db8::1: msg"), 0));
        assertEquals(-1, ClientAddresses.addressEnd(RawLine.of("x192.0.2.1"), 0));
        assertEquals(15, ClientAddresses.addressOrHostEnd(RawLine.of("1.2.3.4.example port"), 0));
    }
}
