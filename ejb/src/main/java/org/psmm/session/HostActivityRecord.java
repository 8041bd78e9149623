package org.psmm.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A host's sessions and top processes as its latest successful poll read them (JSON, see ActivityJson). */
@Entity
@Table(name = "host_activity")
public class HostActivityRecord {

    @Id
    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Lob
    @Column(name = "sessions_json", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String sessionsJson;

    @Lob
    @Column(name = "processes_json", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String processesJson;

    protected HostActivityRecord() {
        // for JPA
    }

    HostActivityRecord(long hostId) {
        this.hostId = hostId;
    }

    void set(Instant at, String sessions, String processes) {
        this.takenAt = at;
        this.sessionsJson = sessions;
        this.processesJson = processes;
    }

    public Long getHostId() {
        return hostId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getSessionsJson() {
        return sessionsJson;
    }

    public String getProcessesJson() {
        return processesJson;
    }
}
