package org.psmm.core.snmp;

/**
 * What an hrStorage entry is (hrStorageType, 1.3.6.1.2.1.25.2.1.N). Only fixed disks count as
 * disks for thresholds: a router's flash is full of firmware on purpose, and memory has its own.
 */
public enum StorageKind {
    RAM, VIRTUAL_MEMORY, FIXED_DISK, REMOVABLE_DISK, FLASH, NETWORK_DISK, OTHER;

    private static final String TYPES = "1.3.6.1.2.1.25.2.1.";

    public static StorageKind of(String typeOid) {
        if (typeOid == null || !typeOid.startsWith(TYPES)) {
            return OTHER;
        }
        return switch (typeOid.substring(TYPES.length())) {
            case "2" -> RAM;
            case "3" -> VIRTUAL_MEMORY;
            case "4" -> FIXED_DISK;
            case "5", "6", "7" -> REMOVABLE_DISK;
            case "9" -> FLASH;
            case "10" -> NETWORK_DISK;
            default -> OTHER;
        };
    }
}
