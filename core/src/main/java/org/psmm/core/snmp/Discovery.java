package org.psmm.core.snmp;

import java.util.List;

/** What a full discovery read from a device: its system group, interfaces, storage and processors. */
public record Discovery(SystemInfo system, List<InterfaceInfo> interfaces, List<StorageReading> storage,
        List<ProcessorLoad> processors) {
}
