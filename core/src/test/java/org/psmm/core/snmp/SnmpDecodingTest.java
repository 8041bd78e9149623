package org.psmm.core.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.VariableBinding;

/** What agents answer, as SNMP4J hands it over (values as lab/snmpd's net-snmp 5.9 gave them). */
class SnmpDecodingTest {

    @Test
    void hostileTextStaysTextWithoutControlCharacters() {
        String s = SnmpText.decode("</script><script>alert(1)</script>\r\nx\u0007".getBytes(StandardCharsets.UTF_8), 255);
        assertEquals("</script><script>alert(1)</script>  x\uFFFD", s);
    }

    @Test
    void latin1BytesFromOldDevicesAreReadAsLatin1AndTerminatorsDropped() {
        assertEquals("Salle café", SnmpText.decode(new byte[] {'S', 'a', 'l', 'l', 'e', ' ', 'c', 'a', 'f', (byte) 0xE9, 0}, 255));
        assertEquals("Salle café", SnmpText.decode("Salle café".getBytes(StandardCharsets.UTF_8), 255));
    }

    @Test
    void textIsCutToTheColumnWithoutSplittingACharacter() {
        assertEquals("abc", SnmpText.decode("abcdef".getBytes(StandardCharsets.UTF_8), 3));
        assertEquals("a", SnmpText.decode("a\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 2));
    }

    @Test
    void macAddressesAreColonHexAndEmptyOrZeroMeansNone() {
        assertEquals("02:fc:00:00:00:01", SnmpText.mac(new byte[] {2, (byte) 0xfc, 0, 0, 0, 1}));
        assertNull(SnmpText.mac(new byte[0]));
        assertNull(SnmpText.mac(new byte[6]));
    }

    @Test
    void vendorComesFromTheEnterpriseNumber() {
        assertEquals("Net-SNMP", Enterprises.vendor("1.3.6.1.4.1.8072.3.2.10"));
        assertEquals("Cisco", Enterprises.vendor(".1.3.6.1.4.1.9.1.2066"));
        assertEquals("enterprise 99999", Enterprises.vendor("1.3.6.1.4.1.99999.1"));
        assertNull(Enterprises.vendor("1.3.6.1.2.1.1"));
        assertNull(Enterprises.vendor(null));
    }

    @Test
    void interfaceTypesStatusesAndStorageKindsHaveNames() {
        assertEquals("ethernetCsmacd", IfTypes.name(6));
        assertEquals("type 999", IfTypes.name(999));
        assertEquals(IfStatus.LOWER_LAYER_DOWN, IfStatus.of(7));
        assertEquals(IfStatus.UNKNOWN, IfStatus.of(42));
        assertEquals(StorageKind.FIXED_DISK, StorageKind.of("1.3.6.1.2.1.25.2.1.4"));
        assertEquals(StorageKind.RAM, StorageKind.of("1.3.6.1.2.1.25.2.1.2"));
        assertEquals(StorageKind.OTHER, StorageKind.of("1.3.6.1.4.1.9"));
    }

    @Test
    void aBigDiskWhoseSizeOverflowedInt32IsReadAsUnsigned() {
        // 20 TB in 4 KiB units: 5.37e9 units do not fit hrStorageSize's Integer32 (agents send it negative)
        StorageReading disk = new StorageReading(31, StorageKind.FIXED_DISK, "/srv", 4096, -1_000_000_000L, 1_500_000_000L);
        assertEquals(3_294_967_296L * 4096, disk.sizeBytes());
        assertEquals(1_500_000_000L * 100.0 / 3_294_967_296L, disk.usedPercent(), 1e-9);
        assertNull(new StorageReading(2, StorageKind.REMOVABLE_DISK, "cdrom", 2048, 0, 0).usedPercent());
    }

    @Test
    void anInterfaceRowTakesTheHighCapacityCountersAndIfHighSpeed() {
        SnmpEngine.Row counters = new SnmpEngine.Row(new OID("4"), new VariableBinding[] {
            vb(new Integer32(1)), vb(new Integer32(2)), vb(new Counter32(3)), vb(new Counter32(0)),
            vb(new Counter64(825_323_553L)), vb(new Counter64(1_821_919L)), vb(new Counter32(5)), vb(new Counter32(6))});
        InterfaceCounters c = DeviceReader.counters(counters);
        assertEquals(new InterfaceCounters(4, IfStatus.UP, IfStatus.DOWN, 825_323_553L, 1_821_919L, true, 3L, 0L), c);

        SnmpEngine.Row old = new SnmpEngine.Row(new OID("2"), new VariableBinding[] {
            vb(new Integer32(1)), vb(new Integer32(1)), null, null, vb(Null.noSuchObject), vb(Null.noSuchObject),
            vb(new Counter32(5)), vb(new Counter32(6))});
        assertEquals(new InterfaceCounters(2, IfStatus.UP, IfStatus.UP, 5L, 6L, false, null, null), DeviceReader.counters(old));

        SnmpEngine.Row info = new SnmpEngine.Row(new OID("29"), new VariableBinding[] {
            vb(new OctetString("podman1")), vb(new Integer32(6)), vb(new org.snmp4j.smi.Gauge32(4_294_967_295L)),
            vb(new OctetString(new byte[] {(byte) 0xc2, (byte) 0x84, 0x52, 0x4e, 0x5c, (byte) 0xc4})), vb(new Integer32(1)),
            vb(new Integer32(1)), vb(new OctetString("podman1")), vb(new org.snmp4j.smi.Gauge32(10_000)),
            vb(new OctetString("<img src=x onerror=alert(1)>"))});
        InterfaceInfo i = DeviceReader.interfaceInfo(info);
        assertEquals(10_000_000_000L, i.speedBps());
        assertEquals("c2:84:52:4e:5c:c4", i.mac());
        assertEquals("<img src=x onerror=alert(1)>", i.alias());
        assertEquals("podman1", i.displayName());
    }

    @Test
    void aDeviceThatAnswersNothingOfTheSystemGroupHasNoSuchObject() {
        SnmpTarget t = SnmpTarget.v2c("127.0.0.21", 161, "c");
        List<VariableBinding> none = List.of(vb(Null.noSuchObject), vb(Null.noSuchObject), vb(Null.noSuchObject),
                vb(Null.noSuchObject), vb(Null.noSuchObject), vb(Null.noSuchObject), vb(Null.noSuchObject));
        SnmpFailure f = org.junit.jupiter.api.Assertions.assertThrows(SnmpFailure.class, () -> DeviceReader.system(t, none));
        assertEquals(SnmpFailure.Reason.NO_SUCH_OBJECT, f.reason());
        List<VariableBinding> some = List.of(vb(new OctetString("Linux lab")), vb(new OID("1.3.6.1.4.1.8072.3.2.10")),
                vb(new TimeTicks(24_921)), vb(new OctetString("ops")), vb(new OctetString("lab-snmp-v2c")),
                vb(new OctetString("rack")), vb(Null.noSuchObject));
        SystemInfo s = DeviceReader.system(t, some);
        assertEquals("Net-SNMP", s.vendor());
        assertEquals(24_921L, s.systemUptime(), "no hrSystemUptime: the agent's uptime is the best there is");
    }

    @Test
    void aTargetNeverShowsItsSecrets() {
        String s = SnmpTarget.v3("10.0.0.1", 161, "psmm", AuthProtocol.SHA, "auth-secret", PrivProtocol.AES, "priv-secret").toString()
                + SnmpTarget.v2c("::1", 161, "community-secret");
        assertEquals(-1, s.indexOf("secret"), s);
        assertEquals("[::1]:161", SnmpTarget.v2c("::1", 161, "c").endpoint());
    }

    private static VariableBinding vb(org.snmp4j.smi.Variable v) {
        return new VariableBinding(new OID("1.3.6.1.2.1.1.1.0"), v);
    }
}
