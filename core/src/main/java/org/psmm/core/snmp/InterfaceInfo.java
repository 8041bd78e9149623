package org.psmm.core.snmp;

/**
 * One row of ifTable + ifXTable as discovery reads it. {@code speedBps} comes from ifHighSpeed
 * (Mbit/s) when the agent has it, since ifSpeed stops at 4.29 Gbit/s. Texts are hostile.
 */
public record InterfaceInfo(int index, String name, String descr, String alias, int type, long speedBps, String mac,
        IfStatus admin, IfStatus oper) {

    public static final int MAX_TEXT = 255;

    /** The name people know: ifName, else ifDescr, else the index. */
    public String displayName() {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return descr != null && !descr.isEmpty() ? descr : "if" + index;
    }
}
