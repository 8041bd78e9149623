package org.psmm.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.logging.Logger;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.account.PasswordRules;
import org.psmm.security.PasswordHasher;
import org.psmm.security.PsmmRole;

/**
 * On the first start (no user at all) creates "admin" with PSMM_ADMIN_PASSWORD, or with a random
 * password written to a 0600 file that bin/psmm start prints once and deletes. The password
 * itself never goes to the server log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private UserStore users;

    @Inject
    private Clock clock;

    @Inject
    private ServerEnvironment environment;

    @PostConstruct
    void createIfNoUser() {
        if (users.count() > 0) {
            return;
        }
        var given = environment.initialAdminPassword();
        given.flatMap(p -> PasswordRules.problem(USERNAME, p)).ifPresent(problem -> {
            throw new IllegalStateException("PSMM_ADMIN_PASSWORD " + problem.english() + ": choose another one, or unset it for a random one");
        });
        String password = given.orElseGet(FirstAdministrator::randomPassword);
        users.insert(USERNAME, "Administrator", null, UserSource.LOCAL, PasswordHasher.hash(password), PsmmRole.ADMIN,
                clock.instant());
        if (given.isPresent()) {
            LOG.info("First administrator 'admin' created with the password from PSMM_ADMIN_PASSWORD");
        } else {
            Path file = writeOwnerOnly(environment.dataDirectory().resolve(PASSWORD_FILE), password);
            LOG.info(() -> "First administrator 'admin' created; its password is in " + file
                    + " (bin/psmm start prints it once)");
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content + System.lineSeparator(), StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's password to " + file, e);
        }
    }
}
