package org.psmm.core.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The backup directory is the truth about which backups exist: listing reads it, and a file is
 * opened only by a name that is exactly a backup's name, present in it as a regular file.
 */
public final class BackupDirectory {

    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

    private BackupDirectory() {
    }

    /** Creates the directory (0700) if missing. */
    public static void create(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIR_MODE));
        }
    }

    /** The backups in the directory, newest first (hidden temporary files and other files are not backups). */
    public static List<BackupName> list(Path directory) throws IOException {
        List<BackupName> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "psmm-*.sql.gz")) {
            for (Path f : files) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    BackupName.parse(f.getFileName().toString()).ifPresent(out::add);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The file of a backup named exactly so, if it is in the directory; anything else (paths, links) is empty. */
    public static Optional<Path> find(Path directory, String fileName) {
        return BackupName.parse(fileName)
                .map(n -> directory.resolve(n.fileName()))
                .filter(p -> p.getParent().equals(directory) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** The backups of one database in the directory, newest first: another PSMM's are not counted. */
    public static List<BackupName> listOf(Path directory, String database) throws IOException {
        return list(directory).stream().filter(n -> BackupOrigin.isOf(directory, n, database)).toList();
    }

    /**
     * Deletes all but the newest {@code keep} backups of {@code database} and their checksum files;
     * returns those deleted. Another database's backups in the same directory are never touched.
     */
    public static List<BackupName> prune(Path directory, int keep, String database) throws IOException {
        List<BackupName> gone = BackupRetention.beyond(listOf(directory, database), keep);
        for (BackupName n : gone) {
            Files.deleteIfExists(directory.resolve(n.fileName()));
            Files.deleteIfExists(directory.resolve(n.checksumFileName()));
        }
        return gone;
    }

    /** Deletes temporary files a crash left behind (never a complete backup). */
    public static int removeLeftovers(Path directory) throws IOException {
        int n = 0;
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ".psmm-*" + DatabaseDump.PART_SUFFIX)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
                n++;
            }
        }
        return n;
    }

    /** The SHA-256 recorded beside a backup, or empty when its checksum file is missing or unreadable. */
    public static Optional<String> recordedChecksum(Path directory, BackupName name) {
        try {
            return Optional.of(BackupChecksum.expected(Files.readString(directory.resolve(name.checksumFileName())), name.fileName()));
        } catch (IOException | DamagedBackupException e) {
            return Optional.empty();
        }
    }
}
