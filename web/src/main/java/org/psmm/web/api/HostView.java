package org.psmm.web.api;

import java.time.Instant;
import java.util.Set;
import org.psmm.host.Host;
import org.psmm.host.HostRole;

/** A host as the API shows it. */
public record HostView(long id, String name, String address, int sshPort, String sshUser, Set<HostRole> roles,
        String site, String timeZone, boolean enabled, String notes, Instant createdAt, Instant updatedAt) {

    static HostView of(Host h) {
        return new HostView(h.getId(), h.getName(), h.getAddress(), h.getSshPort(), h.getSshUser(), h.getRoles(),
                h.getSite(), h.getTimeZone(), h.isEnabled(), h.getNotes(), h.getCreatedAt(), h.getUpdatedAt());
    }
}
