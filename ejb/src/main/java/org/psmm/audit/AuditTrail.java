package org.psmm.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.psmm.config.RequestOrigin;
import org.psmm.core.backup.DatabaseRestore;
import org.psmm.security.PsmmRole;

/**
 * Records and reads the audit trail. {@link #record} runs in the caller's transaction: a change
 * that rolls back leaves no row, a change that commits always has one. Who is the signed-in
 * caller, from where is the request's address. What PSMM's own timers do is not a person's
 * change and is not recorded (their caller is anonymous).
 */
@Stateless
public class AuditTrail {

    public static final int COUNT_CAP = 10_000;
    public static final int MAX_PAGE_SIZE = 500;
    private static final int TEXT_MAX = 4000;
    /** The table the restore leaves alone (DatabaseRestore drops every other one). */
    private static final String KEPT = DatabaseRestore.AUDIT_SET_ASIDE;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    /** A change by the signed-in caller; target names what changed, detail says how (before → after). */
    @PermitAll
    public void record(AuditKind kind, String target, String detail) {
        String actor = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (actor == null || actor.equals("anonymous")) {
            return;
        }
        recordAs(actor, origin.address(), kind, target, detail);
    }

    /** A change whose person is not (or no longer) the caller: a sign-in, a sign-out. */
    @PermitAll
    public void recordAs(String actor, String address, AuditKind kind, String target, String detail) {
        em.createNativeQuery("INSERT INTO audit_event (at, actor, address, kind, target, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, cut(actor, 64))
                .setParameter(3, cut(address == null ? "" : address, 64))
                .setParameter(4, kind.name())
                .setParameter(5, cut(target == null ? "" : target, 255))
                .setParameter(6, cut(detail == null ? "" : detail, TEXT_MAX))
                .executeUpdate();
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public AuditPage find(AuditFilter filter, int page, int size) {
        List<AuditEvent> rows = rows(filter, page * size, size + 1);
        boolean hasMore = rows.size() > size;
        long counted = countUpTo(filter, COUNT_CAP + 1);
        return new AuditPage(hasMore ? rows.subList(0, size) : rows, page, size, hasMore, Math.min(counted, COUNT_CAP),
                counted > COUNT_CAP);
    }

    /** Rows from {@code first}, newest first, through the index of the filter's column. */
    @RolesAllowed(PsmmRole.ADMIN)
    public List<AuditEvent> rows(AuditFilter filter, int first, int max) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT id, at, actor, address, kind, target, detail FROM audit_event" + where(filter, params)
                + " ORDER BY at DESC, id DESC LIMIT " + Math.max(0, max) + " OFFSET " + Math.max(0, first);
        @SuppressWarnings("unchecked")
        List<Object[]> result = bind(em.createNativeQuery(sql), params).getResultList();
        return result.stream().map(AuditTrail::event).toList();
    }

    /** How many rows match, counted up to {@code cap}. */
    @RolesAllowed(PsmmRole.ADMIN)
    public long countUpTo(AuditFilter filter, int cap) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM audit_event" + where(filter, params) + " LIMIT " + cap + ") t";
        return ((Number) bind(em.createNativeQuery(sql), params).getSingleResult()).longValue();
    }

    /**
     * A restore replaces the whole database, the trail with it: the rows are set aside first
     * (a rename, instant) and those newer than the backup brought back after it, so what people
     * did since the backup, the restore itself included, is never lost.
     */
    @PermitAll
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void setAsideForRestore() {
        em.createNativeQuery("DROP TABLE IF EXISTS " + KEPT).executeUpdate();
        em.createNativeQuery("RENAME TABLE audit_event TO " + KEPT).executeUpdate();
    }

    /** After the restore (and its migrations): the set-aside rows the backup did not have. */
    @PermitAll
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int bringBackAfterRestore() {
        boolean kept = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = '" + KEPT + "'").getSingleResult()).intValue() > 0;
        if (!kept) {
            return 0;
        }
        boolean restored = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'audit_event'").getSingleResult()).intValue() > 0;
        if (!restored) {
            // the load stopped before the table: the trail as it was
            em.createNativeQuery("RENAME TABLE " + KEPT + " TO audit_event").executeUpdate();
            return 0;
        }
        int back = em.createNativeQuery("INSERT INTO audit_event (id, at, actor, address, kind, target, detail)"
                + " SELECT k.id, k.at, k.actor, k.address, k.kind, k.target, k.detail FROM " + KEPT + " k"
                + " WHERE k.id > (SELECT COALESCE(MAX(id), 0) FROM audit_event)").executeUpdate();
        em.createNativeQuery("DROP TABLE " + KEPT).executeUpdate();
        return back;
    }

    /** Deletes rows older than {@code before}, in batches so no transaction holds a year of locks. */
    @PermitAll
    public int purgeBefore(Instant before, int batch) {
        return em.createNativeQuery("DELETE FROM audit_event WHERE at < ?1 ORDER BY at LIMIT " + batch)
                .setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
    }

    private static String where(AuditFilter f, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            params.add(f.actor().strip());
            conditions.add("actor = ?" + params.size());
        }
        if (f.kind() != null) {
            params.add(f.kind().name());
            conditions.add("kind = ?" + params.size());
        }
        if (f.from() != null) {
            params.add(LocalDateTime.ofInstant(f.from(), ZoneOffset.UTC));
            conditions.add("at >= ?" + params.size());
        }
        if (f.to() != null) {
            params.add(LocalDateTime.ofInstant(f.to(), ZoneOffset.UTC));
            conditions.add("at < ?" + params.size());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    private static AuditEvent event(Object[] r) {
        Object at = r[1];
        Instant instant = at instanceof java.sql.Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : ((LocalDateTime) at).toInstant(ZoneOffset.UTC);
        AuditKind kind;
        try {
            kind = AuditKind.valueOf((String) r[4]);
        } catch (IllegalArgumentException e) {
            kind = null; // a kind of a newer PSMM, read after a downgrade
        }
        return new AuditEvent(((Number) r[0]).longValue(), instant, (String) r[2], (String) r[3], kind, (String) r[5], (String) r[6]);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
