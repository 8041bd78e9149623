package org.psmm.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Which database a backup holds: its name says so; a backup named before names said it has
 * mariadb-dump's header ({@code -- Host: 127.0.0.1    Database: psmm}) in its first lines.
 */
public final class BackupOrigin {

    private static final Pattern HEADER = Pattern.compile("^-- Host: \\S*\\s+Database: (.+)$");
    private static final int HEADER_LINES = 10;

    private BackupOrigin() {
    }

    /** The database of a backup, or empty when neither its name nor its header says. */
    public static Optional<String> databaseOf(Path directory, BackupName name) {
        if (name.database() != null) {
            return Optional.of(name.database());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(directory.resolve(name.fileName()))), StandardCharsets.UTF_8))) {
            for (int i = 0; i < HEADER_LINES; i++) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                Matcher m = HEADER.matcher(line.strip());
                if (m.matches()) {
                    return Optional.of(m.group(1).strip());
                }
            }
        } catch (IOException e) {
            // unreadable: it says nothing
        }
        return Optional.empty();
    }

    /** Whether a backup is of this database (a backup whose database cannot be told is not). */
    public static boolean isOf(Path directory, BackupName name, String database) {
        return databaseOf(directory, name).map(database::equals).orElse(false);
    }
}
