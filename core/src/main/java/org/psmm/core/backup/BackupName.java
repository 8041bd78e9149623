package org.psmm.core.backup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a backup file, {@code psmm-YYYYMMDD-HHMMSS.sql.gz}, in UTC: names sort as times do,
 * and a clock change (summer time) never makes two backups share a name. Only a name of exactly
 * this form is ever opened, so a name from a request cannot reach another file.
 */
public record BackupName(String fileName, Instant takenAt) implements Comparable<BackupName> {

    private static final Pattern NAME = Pattern.compile("psmm-(\\d{8}-\\d{6})\\.sql\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The name of a backup taken at this instant (to the second, UTC). */
    public static BackupName at(Instant when) {
        LocalDateTime utc = LocalDateTime.ofInstant(when, ZoneOffset.UTC).withNano(0);
        return new BackupName("psmm-" + STAMP.format(utc) + ".sql.gz", utc.toInstant(ZoneOffset.UTC));
    }

    /** The backup this file name stands for, or empty for anything else (paths, other files, bad dates). */
    public static Optional<BackupName> parse(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        var m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new BackupName(fileName, at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The name of its checksum file, in sha256sum format. */
    public String checksumFileName() {
        return fileName + ".sha256";
    }

    /** Newest first. */
    @Override
    public int compareTo(BackupName other) {
        return other.takenAt.compareTo(takenAt);
    }
}
