package org.psmm.failure;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * The monthly partitions of auth_failure, auth_failure_day (V69__auth_failure_by_month_and_day) and
 * the rollups of V73__failure_rollups_per_hour_address_and_user:
 * months are cut out of the p_future catch-all ahead of time, while it is still empty (an instant
 * change), and months wholly older than the retention are dropped from every table at once, which
 * costs the same for a hundred rows or a hundred million. DDL commits by itself: no transaction.
 * Months are UTC months, like the rollups' days.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FailurePartitions {

    private static final Logger LOG = Logger.getLogger(FailurePartitions.class.getName());
    /** This month and the next {@value} are always there. */
    static final int MONTHS_AHEAD = 2;
    static final String[] TABLES = {"auth_failure", "auth_failure_day", "auth_failure_hour", "auth_failure_ip_day", "auth_failure_user_day"};
    private static final Pattern MONTH = Pattern.compile("p(\\d{4})(\\d{2})");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'p'yyyyMM");

    @Resource(lookup = "java:jboss/datasources/PsmmDS")
    private DataSource dataSource;

    @EJB
    private AuditTrail audit;

    /** One month's partition as the database lists it. */
    public record Month(String name, YearMonth month) {
    }

    /** The month partitions of auth_failure, oldest first (p_before and p_future left out). */
    public List<Month> months() {
        return months("auth_failure");
    }

    /** Creates the months from the last one there up to {@code now}'s month + {@link #MONTHS_AHEAD}; returns the names made. */
    public List<String> createAhead(Instant now) {
        YearMonth target = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(MONTHS_AHEAD);
        List<String> made = new ArrayList<>();
        for (String table : TABLES) {
            List<Month> there = months(table);
            YearMonth next = there.isEmpty() ? YearMonth.from(now.atZone(ZoneOffset.UTC)) : there.get(there.size() - 1).month().plusMonths(1);
            for (YearMonth m = next; !m.isAfter(target); m = m.plusMonths(1)) {
                // Names and bounds come from dates, never from text a person or a log wrote.
                execute("ALTER TABLE " + table + " REORGANIZE PARTITION p_future INTO (PARTITION " + NAME.format(m)
                        + " VALUES LESS THAN ('" + m.plusMonths(1).atDay(1) + "'), PARTITION p_future VALUES LESS THAN (MAXVALUE))");
                if (table.equals(TABLES[0])) {
                    made.add(NAME.format(m));
                }
            }
        }
        if (!made.isEmpty()) {
            LOG.info(() -> "failed logins: partitions " + made + " created");
        }
        return made;
    }

    /**
     * Drops the months that ended {@code keepMonths} whole months or more before {@code now}'s month
     * (with 12 in March 2027: February 2026 and older; March 2026 stays), with p_before once it is
     * older too; 0 keeps everything. Audited with the failures dropped (counted from the rollups).
     */
    public List<String> dropExpired(Instant now, int keepMonths) {
        if (keepMonths <= 0) {
            return List.of();
        }
        LocalDate cutoff = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(keepMonths).atDay(1);
        List<String> drop = new ArrayList<>();
        long failures = 0;
        for (Partition p : partitions("auth_failure")) {
            if (p.upper() != null && !p.upper().isAfter(cutoff)) {
                drop.add(p.name());
                failures += single("SELECT COALESCE(SUM(failures), 0) FROM auth_failure_day PARTITION (" + p.name() + ")");
            }
        }
        if (drop.isEmpty()) {
            return drop;
        }
        // Keep at least one partition: a RANGE table without any is not a table MariaDB accepts.
        for (String table : TABLES) {
            List<String> present = partitions(table).stream().map(Partition::name).filter(drop::contains).toList();
            if (!present.isEmpty()) {
                execute("ALTER TABLE " + table + " DROP PARTITION " + String.join(", ", present));
            }
        }
        long n = failures;
        LOG.info(() -> "failed logins: partitions " + drop + " dropped (" + n + " failures before " + cutoff + ")");
        audit.recordAs("psmm", "", AuditKind.FAILURES_PURGED, "failed logins before " + cutoff,
                "partitions " + String.join(", ", drop) + ": " + n + " failure(s) (failures.keepMonths " + keepMonths + ")");
        return drop;
    }

    private record Partition(String name, LocalDate upper) {
    }

    private List<Month> months(String table) {
        List<Month> out = new ArrayList<>();
        for (Partition p : partitions(table)) {
            Matcher m = MONTH.matcher(p.name());
            if (m.matches()) {
                out.add(new Month(p.name(), YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
        }
        return out;
    }

    /** The table's partitions in order, with their upper bound (null for MAXVALUE). */
    private List<Partition> partitions(String table) {
        List<Partition> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT partition_name, partition_description FROM information_schema.partitions "
                        + "WHERE table_schema = DATABASE() AND table_name = ? AND partition_name IS NOT NULL "
                        + "ORDER BY partition_ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String bound = rs.getString(2).replace("'", "");
                    out.add(new Partition(rs.getString(1), bound.equals("MAXVALUE") ? null : LocalDate.parse(bound.substring(0, 10))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing the partitions of " + table + ": " + e.getMessage(), e);
        }
        return out;
    }

    private long single(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void execute(String ddl) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException(ddl + ": " + e.getMessage(), e);
        }
    }
}
