package org.psmm.web.api;

import jakarta.ws.rs.QueryParam;
import java.time.ZoneId;
import org.psmm.error.PsmmException;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;

/**
 * The explorer's query parameters, shared by the JSON list and the CSV. Dates and local
 * date-times are read in the server's time zone; instants with Z or an offset as they say.
 */
public class FailureQuery {

    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("host")
    Long host;
    @QueryParam("service")
    String service;
    @QueryParam("user")
    String user;
    @QueryParam("ip")
    String ip;
    @QueryParam("kind")
    String kind;
    @QueryParam("page")
    Integer page;
    @QueryParam("size")
    Integer size;
    @QueryParam("sort")
    String sort;

    FailureFilter filter(ZoneId zone) {
        if (kind != null && !kind.isBlank() && !java.util.List.of("auth", "authz", "probe", FailureFilter.LOGINS).contains(kind.trim())) {
            throw invalid("kind: must be auth, authz, probe or logins (failed logins are auth and authz; probes apart)");
        }
        try {
            return new FailureFilter(FailureFilter.parseBound("from", from, false, zone),
                    FailureFilter.parseBound("to", to, true, zone), host, service, user, ip, kind);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    int page() {
        int p = page == null ? 0 : page;
        if (p < 0) {
            throw invalid("page: must be 0 or more");
        }
        return p;
    }

    int size() {
        int s = size == null ? 50 : size;
        if (s < 1 || s > FailureExplorer.MAX_PAGE_SIZE) {
            throw invalid("size: must be between 1 and " + FailureExplorer.MAX_PAGE_SIZE);
        }
        return s;
    }

    /** "-time" (default) is newest first, "time" oldest first. */
    boolean oldestFirst() {
        if (sort == null || sort.isBlank() || sort.equals("-time")) {
            return false;
        }
        if (sort.equals("time")) {
            return true;
        }
        throw invalid("sort: must be time or -time");
    }

    /** A message "field: what is wrong", as FailureFilter words its own. */
    static PsmmException invalid(String message) {
        int colon = message.indexOf(':');
        return PsmmException.invalid(colon > 0 ? message.substring(0, colon) : "query", message);
    }
}
