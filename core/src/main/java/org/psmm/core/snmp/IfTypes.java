package org.psmm.core.snmp;

import java.util.Map;

/** IANAifType numbers (ifType) as the names people know, for the kinds a small network has. */
public final class IfTypes {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "other"), Map.entry(6, "ethernetCsmacd"), Map.entry(23, "ppp"), Map.entry(24, "softwareLoopback"),
            Map.entry(53, "propVirtual"), Map.entry(71, "ieee80211"), Map.entry(94, "adsl"), Map.entry(117, "gigabitEthernet"),
            Map.entry(131, "tunnel"), Map.entry(135, "l2vlan"), Map.entry(136, "l3ipvlan"), Map.entry(144, "ieee1394"),
            Map.entry(161, "ieee8023adLag"), Map.entry(166, "mpls"), Map.entry(209, "bridge"), Map.entry(251, "vdsl2"));

    private IfTypes() {
    }

    public static String name(int ifType) {
        return NAMES.getOrDefault(ifType, "type " + ifType);
    }
}
