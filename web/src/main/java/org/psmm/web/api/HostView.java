package org.psmm.web.api;

import java.time.Instant;
import java.util.Set;
import org.psmm.host.Host;
import org.psmm.host.HostOs;
import org.psmm.host.HostRole;

/** A host as the API shows it. */
public record HostView(long id, String name, String address, int sshPort, String sshUser, Set<HostRole> roles,
        String site, String timeZone, boolean enabled, HostOs os, String notes, String mariadbSocket, String hostKeyFingerprint,
        Instant hostKeyPinnedAt, Instant lastCheckAt, Boolean lastCheckPassed, Instant lastContactAt,
        Instant createdAt, Instant updatedAt) {

    static HostView of(Host h) {
        return new HostView(h.getId(), h.getName(), h.getAddress(), h.getSshPort(), h.getSshUser(), h.getRoles(),
                h.getSite(), h.getTimeZone(), h.isEnabled(), h.getOs(), h.getNotes(), h.getMariadbSocket(),
                h.getHostKeyFingerprint(), h.getHostKeyPinnedAt(), h.getLastCheckAt(), h.getLastCheckPassed(),
                h.getLastContactAt(), h.getCreatedAt(), h.getUpdatedAt());
    }
}
