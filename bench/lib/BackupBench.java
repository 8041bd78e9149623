import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.psmm.core.backup.BackupChecksum;
import org.psmm.core.backup.BackupName;
import org.psmm.core.backup.DatabaseDump;
import org.psmm.core.backup.DatabaseRestore;
import org.psmm.core.backup.DatabaseTarget;

/** bench/backup's timing part: PSMM's own dump, check and restore code on a schema; prints figures. */
public class BackupBench {
    public static void main(String[] args) throws Exception {
        String schema = args[0];
        String into = args[1];
        Path dir = Path.of(args[2]);
        DatabaseTarget source = DatabaseTarget.of("jdbc:mariadb://127.0.0.1:3306/" + schema, "root", null);
        DatabaseTarget target = DatabaseTarget.of("jdbc:mariadb://127.0.0.1:3306/" + into, "root", null);

        long t0 = System.nanoTime();
        DatabaseDump.Written w = DatabaseDump.write(source, dir, BackupName.at(Instant.now()), Duration.ofHours(1));
        long dumpMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        BackupChecksum.verify(w.file());
        long verifyMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        DatabaseRestore.load(target, w.file(), Duration.ofHours(1), done -> { });
        long restoreMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("   backup   %8d ms  %,14d bytes (%.1f MiB gzip)  sha256 %s%n", dumpMs, w.sizeBytes(),
                w.sizeBytes() / 1048576.0, w.sha256().substring(0, 16) + "...");
        System.out.printf("   verify   %8d ms  (SHA-256 + full gunzip)%n", verifyMs);
        System.out.printf("   restore  %8d ms  (verify + load into %s)%n", restoreMs, into);
        Files.delete(w.file());
        Files.delete(w.file().resolveSibling(w.name().checksumFileName()));
    }
}
