package org.psmm.core.snmp;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The vendor behind a sysObjectID: 1.3.6.1.4.1.N.... names IANA's private enterprise N. Only the
 * makers a small IT team meets (switches, firewalls, printers, UPSes, storage, servers) are
 * named; any other number is shown as "enterprise N".
 */
public final class Enterprises {

    private static final String PREFIX = "1.3.6.1.4.1.";

    private static final Map<Long, String> NAMES = Map.ofEntries(
            Map.entry(2L, "IBM"), Map.entry(9L, "Cisco"), Map.entry(11L, "HP"), Map.entry(42L, "Sun"),
            Map.entry(43L, "3Com"), Map.entry(171L, "D-Link"), Map.entry(207L, "Allied Telesis"),
            Map.entry(232L, "HPE (Compaq)"), Map.entry(253L, "Xerox"), Map.entry(311L, "Microsoft"),
            Map.entry(318L, "APC"), Map.entry(367L, "Ricoh"), Map.entry(534L, "Eaton"), Map.entry(641L, "Lexmark"),
            Map.entry(674L, "Dell"), Map.entry(705L, "Schneider Electric (MGE)"), Map.entry(789L, "NetApp"),
            Map.entry(890L, "Zyxel"), Map.entry(1248L, "Epson"), Map.entry(1347L, "Kyocera"),
            Map.entry(1588L, "Brocade"), Map.entry(1602L, "Canon"), Map.entry(1916L, "Extreme Networks"),
            Map.entry(1981L, "Dell EMC"), Map.entry(2011L, "Huawei"), Map.entry(2021L, "Net-SNMP (UC Davis)"),
            Map.entry(2435L, "Brother"), Map.entry(2544L, "Adva"), Map.entry(2636L, "Juniper"),
            Map.entry(3224L, "Juniper (NetScreen)"), Map.entry(3375L, "F5"), Map.entry(3955L, "Linksys"),
            Map.entry(4413L, "Broadcom"), Map.entry(4526L, "Netgear"), Map.entry(5596L, "Tandberg"),
            Map.entry(5624L, "Enterasys"), Map.entry(6027L, "Force10"), Map.entry(6574L, "Synology"),
            Map.entry(6876L, "VMware"), Map.entry(8072L, "Net-SNMP"), Map.entry(9148L, "Palo Alto (old)"),
            Map.entry(10002L, "Ubiquiti"), Map.entry(11863L, "TP-Link"), Map.entry(12325L, "pfSense (BSD)"),
            Map.entry(12356L, "Fortinet"), Map.entry(14179L, "Cisco (Airespace)"), Map.entry(14823L, "Aruba"),
            Map.entry(14988L, "MikroTik"), Map.entry(18334L, "Konica Minolta"), Map.entry(19046L, "Lenovo"),
            Map.entry(24681L, "QNAP"), Map.entry(25053L, "Ruckus"), Map.entry(25461L, "Palo Alto Networks"),
            Map.entry(25506L, "H3C"), Map.entry(26543L, "IBM (BNT)"), Map.entry(30065L, "Arista"),
            Map.entry(41112L, "Ubiquiti"), Map.entry(47196L, "Opengear"), Map.entry(50536L, "Sophos"));

    private Enterprises() {
    }

    /** The enterprise number of a sysObjectID, if it is under enterprises. */
    public static OptionalLong number(String sysObjectId) {
        if (sysObjectId == null) {
            return OptionalLong.empty();
        }
        String oid = sysObjectId.startsWith(".") ? sysObjectId.substring(1) : sysObjectId;
        if (!oid.startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        int end = oid.indexOf('.', PREFIX.length());
        String n = end < 0 ? oid.substring(PREFIX.length()) : oid.substring(PREFIX.length(), end);
        try {
            return OptionalLong.of(Long.parseLong(n));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** "Cisco", "enterprise 99999", or null when the sysObjectID is not an enterprise's. */
    public static String vendor(String sysObjectId) {
        OptionalLong n = number(sysObjectId);
        if (n.isEmpty()) {
            return null;
        }
        return NAMES.getOrDefault(n.getAsLong(), "enterprise " + n.getAsLong());
    }
}
