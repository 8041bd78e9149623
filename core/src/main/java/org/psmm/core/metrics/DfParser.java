package org.psmm.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads df -P -T -k, keeping real file systems only: memory, kernel and image file systems
 * (tmpfs, devtmpfs, overlay, squashfs...) are dropped, as is anything of size 0. The mount
 * point is the rest of the line, so one with spaces stays whole.
 */
public final class DfParser {

    static final Set<String> PSEUDO = Set.of("tmpfs", "devtmpfs", "overlay", "squashfs", "proc", "sysfs", "cgroup",
            "cgroup2", "devpts", "mqueue", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "autofs", "fusectl",
            "configfs", "hugetlbfs", "ramfs", "nsfs", "efivarfs", "binfmt_misc", "rpc_pipefs", "nfsd", "fuse.lxcfs",
            "fuse.snapfuse", "fuse.gvfsd-fuse", "fuse.portal", "iso9660", "udf", "none", "shm", "zram", "aufs");

    private DfParser() {
    }

    public static List<DiskUsage> parse(String df) {
        List<DiskUsage> out = new ArrayList<>();
        for (String line : df.split("\n")) {
            if (line.isBlank() || line.startsWith("Filesystem")) {
                continue;
            }
            String[] f = line.trim().split("\\s+", 7);
            if (f.length < 7) {
                continue; // a device name that wrapped, or a line of another df: not PSMM's business
            }
            String type = f[1];
            if (PSEUDO.contains(type) || type.startsWith("fuse.") && !type.equals("fuse.sshfs")) {
                continue;
            }
            try {
                long size = Long.parseLong(f[2]);
                long used = Long.parseLong(f[3]);
                long available = Long.parseLong(f[4]);
                if (size > 0) {
                    out.add(new DiskUsage(f[0], type, f[6], size, used, available));
                }
            } catch (NumberFormatException e) {
                // "-" for an unreadable mount: nothing to measure
            }
        }
        return out;
    }
}
