package org.psmm.host;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.psmm.core.session.IdlePolicy;

/**
 * A host's "log off sessions idle or disconnected for more than N minutes": off by default and,
 * once on, in report-only mode until an admin says otherwise. Never the monitor account, never
 * the excluded users (names separated by commas or blanks). Part of the host row, so it lives
 * with the host; SessionService checks, changes and audits it.
 */
@Embeddable
public class SessionPolicy implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 7 * 24 * 60;

    @Column(name = "session_policy_enabled", nullable = false)
    private boolean enabled;

    @Column(name = "session_policy_minutes", nullable = false)
    private int minutes = 60;

    @Column(name = "session_policy_report_only", nullable = false)
    private boolean reportOnly = true;

    @Column(name = "session_policy_excluded", nullable = false, length = 1000)
    private String excludedUsers = "";

    public SessionPolicy() {
        // off, 60 minutes, report only
    }

    /** For SessionService only, which checks the bounds and audits the change. */
    public void set(boolean enabled, int minutes, boolean reportOnly, String excludedUsers) {
        this.enabled = enabled;
        this.minutes = minutes;
        this.reportOnly = reportOnly;
        this.excludedUsers = String.join(", ", IdlePolicy.parseUsers(excludedUsers));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getMinutes() {
        return minutes;
    }

    public boolean isReportOnly() {
        return reportOnly;
    }

    public String getExcludedUsers() {
        return excludedUsers;
    }

    public IdlePolicy rule(String monitorUser) {
        return new IdlePolicy(minutes, monitorUser, IdlePolicy.parseUsers(excludedUsers));
    }

    public String describe() {
        return (enabled ? "on" : "off") + ", " + minutes + " min" + (reportOnly ? ", report only" : "")
                + (excludedUsers.isEmpty() ? "" : ", except " + excludedUsers);
    }
}
