package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.psmm.site.SiteService;

/** The names of every site, for site filters and the site fields of the host and device dialogs. */
@Named
@RequestScoped
public class SiteNames {

    @EJB
    private SiteService sites;

    private List<String> names;

    public List<String> getNames() {
        if (names == null) {
            names = sites.names();
        }
        return names;
    }

    public List<String> complete(String query) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        return getNames().stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(q)).limit(20).toList();
    }
}
