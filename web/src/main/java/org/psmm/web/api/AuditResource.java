package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.psmm.audit.AuditFilter;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditPage;
import org.psmm.audit.AuditTrail;
import org.psmm.error.PsmmException;
import org.psmm.security.PsmmRole;

/** /api/audit?user=&kind=&from=&to=&page=&size= (admins): the trail, newest first; from/to are ISO instants. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PsmmRole.ADMIN)
public class AuditResource {

    @EJB
    private AuditTrail audit;

    @GET
    public AuditPage list(@QueryParam("user") String user, @QueryParam("kind") AuditKind kind, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw PsmmException.invalid("page", "page must be 0 or more");
        }
        if (s < 1 || s > AuditTrail.MAX_PAGE_SIZE) {
            throw PsmmException.invalid("size", "size must be between 1 and " + AuditTrail.MAX_PAGE_SIZE);
        }
        return audit.find(new AuditFilter(user, kind, instant("from", from), instant("to", to)), p, s);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PsmmException.invalid(name, name + " must be an instant such as 2026-12-01T08:00:00Z");
        }
    }
}
