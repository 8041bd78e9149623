package org.psmm.core.backup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PSMM's database as the MariaDB command-line tools reach it, from the datasource's settings
 * (PSMM_DB_URL, PSMM_DB_USER, PSMM_DB_PASSWORD). The password only ever goes into the child's
 * environment (MYSQL_PWD), never a command line (visible in ps) or a log; toString omits it.
 */
public final class DatabaseTarget {

    // jdbc:mariadb://host[:port]/database[?options]; one host (PSMM runs against one server).
    private static final Pattern URL = Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:?,]+|\\[[0-9a-fA-F:]+\\])(?::(\\d{1,5}))?/([^?;]*)(?:\\?.*)?");
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_$]{1,64}");

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;

    private DatabaseTarget(String host, int port, String database, String user, String password) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the URL (never with the password)
     */
    public static DatabaseTarget of(String jdbcUrl, String user, String password) {
        var m = URL.matcher(jdbcUrl == null ? "" : jdbcUrl.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("PSMM_DB_URL must look like jdbc:mariadb://host:port/database, not '" + jdbcUrl + "'");
        }
        String db = m.group(3);
        if (!SCHEMA.matcher(db).matches()) {
            throw new IllegalArgumentException("the database name in PSMM_DB_URL must be letters, digits, _ or $, not '" + db + "'");
        }
        String h = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        int p = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        return new DatabaseTarget(h, p, db, user == null || user.isBlank() ? "root" : user, password == null || password.isEmpty() ? null : password);
    }

    /** From PSMM_DB_URL, PSMM_DB_USER and PSMM_DB_PASSWORD with bin/psmm's defaults. */
    public static DatabaseTarget fromEnvironment(Map<String, String> env) {
        return of(env.getOrDefault("PSMM_DB_URL", "jdbc:mariadb://127.0.0.1:3306/psmm"), env.get("PSMM_DB_USER"),
                env.get("PSMM_DB_PASSWORD"));
    }

    public String database() {
        return database;
    }

    /** Connection options common to mariadb-dump and mariadb (TCP, never a socket guessed from my.cnf). */
    List<String> connectionOptions() {
        return List.of("--no-defaults", "--protocol=TCP", "--host=" + host, "--port=" + port, "--user=" + user,
                "--default-character-set=utf8mb4");
    }

    /** Puts the password, if any, where the client reads it and nothing else sees it. */
    void passPassword(Map<String, String> childEnvironment) {
        childEnvironment.remove("MYSQL_PWD");
        Optional.ofNullable(password).ifPresent(p -> childEnvironment.put("MYSQL_PWD", p));
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
