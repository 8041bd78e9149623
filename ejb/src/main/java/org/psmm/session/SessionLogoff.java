package org.psmm.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.psmm.core.report.LoggedOffSession;
import org.psmm.core.session.OpenSession;

/** One log-off (or one the policy only reported): who, which session, by whom, how it went. */
@Entity
@Table(name = "session_logoff")
public class SessionLogoff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "host_name", nullable = false, length = 64)
    private String hostName;

    @Column(name = "user_name", nullable = false, length = 64)
    private String userName;

    @Column(nullable = false, length = 16)
    private String session;

    @Column(name = "from_address", nullable = false, length = 255)
    private String fromAddress;

    @Column(nullable = false, length = 64)
    private String since;

    @Column(name = "idle_seconds")
    private Long idleSeconds;

    @Column(length = 64)
    private String actor;

    @Column(name = "report_only", nullable = false)
    private boolean reportOnly;

    @Column(nullable = false)
    private boolean succeeded;

    @Column(length = 500)
    private String error;

    protected SessionLogoff() {
        // for JPA
    }

    SessionLogoff(Instant at, long hostId, String hostName, OpenSession s, String actor, boolean reportOnly,
            boolean succeeded, String error) {
        this.at = at;
        this.hostId = hostId;
        this.hostName = cut(hostName, 64);
        this.userName = cut(s.user(), 64);
        this.session = cut(s.session(), 16);
        this.fromAddress = cut(s.from(), 255);
        this.since = cut(s.since(), 64);
        this.idleSeconds = s.idleSeconds();
        this.actor = actor == null ? null : cut(actor, 64);
        this.reportOnly = reportOnly;
        this.succeeded = succeeded;
        this.error = error == null ? null : cut(error, 500);
    }

    static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    public LoggedOffSession forReport() {
        return new LoggedOffSession(at, hostName, userName, session, fromAddress, idleSeconds, actor, reportOnly, succeeded);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getHostName() {
        return hostName;
    }

    public String getUserName() {
        return userName;
    }

    public String getSession() {
        return session;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getSince() {
        return since;
    }

    public Long getIdleSeconds() {
        return idleSeconds;
    }

    public String getActor() {
        return actor;
    }

    public boolean isReportOnly() {
        return reportOnly;
    }

    public boolean isSucceeded() {
        return succeeded;
    }

    public String getError() {
        return error;
    }
}
