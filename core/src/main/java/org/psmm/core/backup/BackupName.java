package org.psmm.core.backup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a backup file, {@code psmm-YYYYMMDD-HHMMSS.DATABASE.sql.gz}, the time in UTC: names
 * sort as times do, a clock change (summer time) never makes two backups share a name, and the
 * name says which database it holds, so two PSMMs sharing a directory never take each other's
 * backups for their own. The database is written with letters, digits and _ as they are and any
 * other byte as ~HH. Names without a database ({@code psmm-YYYYMMDD-HHMMSS.sql.gz}) were written
 * before it was named: their dump's header says it (BackupOrigin). Only a name of exactly this
 * form is ever opened, so a name from a request cannot reach another file.
 */
public record BackupName(String fileName, Instant takenAt, String database) implements Comparable<BackupName> {

    private static final Pattern NAME = Pattern.compile("psmm-(\\d{8}-\\d{6})(?:\\.([A-Za-z0-9_~]{1,300}))?\\.sql\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The name of a backup of this database taken at this instant (to the second, UTC). */
    public static BackupName at(Instant when, String database) {
        LocalDateTime utc = LocalDateTime.ofInstant(when, ZoneOffset.UTC).withNano(0);
        return new BackupName("psmm-" + STAMP.format(utc) + "." + encode(database) + ".sql.gz", utc.toInstant(ZoneOffset.UTC),
                database);
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
            return Optional.of(new BackupName(fileName, at, m.group(2) == null ? null : decode(m.group(2))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
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

    static String encode(String database) {
        StringBuilder sb = new StringBuilder();
        for (byte b : database.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                sb.append(c);
            } else {
                sb.append('~').append(String.format("%02x", b & 0xff));
            }
        }
        return sb.toString();
    }

    static String decode(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '~') {
                if (i + 2 >= encoded.length()) {
                    throw new IllegalArgumentException("a ~ without two hex digits");
                }
                out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
