package org.psmm.core.snmp;

import org.snmp4j.smi.OID;

/**
 * The numeric OIDs PSMM reads (Debian ships no IETF MIB files, and devices never need them):
 * SNMPv2-MIB system, IF-MIB ifTable and ifXTable, HOST-RESOURCES-MIB, and net-snmp's memory.
 */
public final class Mib {

    private Mib() {
    }

    public static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    public static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    /** The agent's uptime: it restarts with the agent, not only with the device. */
    public static final OID SYS_UPTIME = new OID("1.3.6.1.2.1.1.3.0");
    public static final OID SYS_CONTACT = new OID("1.3.6.1.2.1.1.4.0");
    public static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");
    public static final OID SYS_LOCATION = new OID("1.3.6.1.2.1.1.6.0");
    /** The system's own uptime (HOST-RESOURCES), when the device has it: restarts are told by this one. */
    public static final OID HR_SYSTEM_UPTIME = new OID("1.3.6.1.2.1.25.1.1.0");
    /** UCD-SNMP-MIB memTotalReal and memAvailReal (kB): "Physical memory" in hrStorage counts the cache as used. */
    public static final OID MEM_TOTAL_REAL = new OID("1.3.6.1.4.1.2021.4.5.0");
    public static final OID MEM_AVAIL_REAL = new OID("1.3.6.1.4.1.2021.4.6.0");

    // ifTable (1.3.6.1.2.1.2.2.1.C) and ifXTable (1.3.6.1.2.1.31.1.1.1.C) columns
    public static final OID IF_DESCR = new OID("1.3.6.1.2.1.2.2.1.2");
    public static final OID IF_TYPE = new OID("1.3.6.1.2.1.2.2.1.3");
    public static final OID IF_SPEED = new OID("1.3.6.1.2.1.2.2.1.5");
    public static final OID IF_PHYS_ADDRESS = new OID("1.3.6.1.2.1.2.2.1.6");
    public static final OID IF_ADMIN_STATUS = new OID("1.3.6.1.2.1.2.2.1.7");
    public static final OID IF_OPER_STATUS = new OID("1.3.6.1.2.1.2.2.1.8");
    public static final OID IF_IN_OCTETS = new OID("1.3.6.1.2.1.2.2.1.10");
    public static final OID IF_IN_ERRORS = new OID("1.3.6.1.2.1.2.2.1.14");
    public static final OID IF_OUT_OCTETS = new OID("1.3.6.1.2.1.2.2.1.16");
    public static final OID IF_OUT_ERRORS = new OID("1.3.6.1.2.1.2.2.1.20");
    public static final OID IF_NAME = new OID("1.3.6.1.2.1.31.1.1.1.1");
    public static final OID IF_HC_IN_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.6");
    public static final OID IF_HC_OUT_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.10");
    public static final OID IF_HIGH_SPEED = new OID("1.3.6.1.2.1.31.1.1.1.15");
    public static final OID IF_ALIAS = new OID("1.3.6.1.2.1.31.1.1.1.18");

    // hrStorageTable (1.3.6.1.2.1.25.2.3.1.C) and hrProcessorLoad
    public static final OID HR_STORAGE_TYPE = new OID("1.3.6.1.2.1.25.2.3.1.2");
    public static final OID HR_STORAGE_DESCR = new OID("1.3.6.1.2.1.25.2.3.1.3");
    public static final OID HR_STORAGE_UNITS = new OID("1.3.6.1.2.1.25.2.3.1.4");
    public static final OID HR_STORAGE_SIZE = new OID("1.3.6.1.2.1.25.2.3.1.5");
    public static final OID HR_STORAGE_USED = new OID("1.3.6.1.2.1.25.2.3.1.6");
    /** Answers "No Such Instance" for about a minute after net-snmp starts: no processors yet, not an error. */
    public static final OID HR_PROCESSOR_LOAD = new OID("1.3.6.1.2.1.25.3.3.1.2");

    /** usmStats...: the REPORT a v3 agent sends for a request it refused. */
    public static final OID USM_STATS = new OID("1.3.6.1.6.3.15.1.1");
    public static final OID USM_UNSUPPORTED_SEC_LEVELS = new OID("1.3.6.1.6.3.15.1.1.1.0");
    public static final OID USM_NOT_IN_TIME_WINDOWS = new OID("1.3.6.1.6.3.15.1.1.2.0");
    public static final OID USM_UNKNOWN_USER_NAMES = new OID("1.3.6.1.6.3.15.1.1.3.0");
    public static final OID USM_UNKNOWN_ENGINE_IDS = new OID("1.3.6.1.6.3.15.1.1.4.0");
    public static final OID USM_WRONG_DIGESTS = new OID("1.3.6.1.6.3.15.1.1.5.0");
    public static final OID USM_DECRYPTION_ERRORS = new OID("1.3.6.1.6.3.15.1.1.6.0");
}
