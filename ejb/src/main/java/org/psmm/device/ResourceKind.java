package org.psmm.device;

/** A HOST-RESOURCES entry: a processor (hrProcessorTable) or a storage (hrStorageTable). */
public enum ResourceKind {
    CPU, STORAGE
}
