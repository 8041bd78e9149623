package org.psmm.web.console;

import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmm.advisory.AdvisoryFeed;
import org.psmm.advisory.AdvisoryFilter;
import org.psmm.advisory.AdvisoryPollSummary;
import org.psmm.advisory.AdvisoryQuery;
import org.psmm.advisory.AdvisoryRow;
import org.psmm.advisory.AdvisoryTimer;
import org.psmm.advisory.InventoryOutcome;
import org.psmm.core.advisory.AdvisoryKind;
import org.psmm.error.PsmmException;

/**
 * advisories.xhtml: CERT-FR's advisories, those concerning some host first with the hosts and
 * versions, searched and filtered by kind and publication day; what came since the user's last
 * visit is marked (and may be shown alone); operators and admins poll the feeds now.
 */
@Named
@ViewScoped
public class AdvisoriesPage implements Serializable {

    @Inject
    private TimeFormat time;

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @EJB
    private AdvisoryQuery query;

    @EJB
    private AdvisoryTimer timer;

    private String text;
    private AdvisoryKind kind;
    private LocalDate from;
    private LocalDate to;
    private boolean onlyNew;
    private boolean onlyExposed;
    private Instant lastVisit;
    private AdvisoryLazyModel rows;
    private List<AdvisoryFeed> feeds;

    @PostConstruct
    void init() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        lastVisit = user == null ? null : query.visit(user).orElse(null);
        rows = new AdvisoryLazyModel(query, this::filter);
        feeds = query.feeds();
    }

    /** Days are the server's days; "to" includes its whole day. */
    AdvisoryFilter filter() {
        ZoneId zone = time.zone();
        return new AdvisoryFilter(text == null || text.isBlank() ? null : text.strip(), kind,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                onlyExposed ? Boolean.TRUE : null, onlyNew && lastVisit != null ? lastVisit : null);
    }

    public void pollNow() {
        try {
            AdvisoryPollSummary s = timer.pollNow();
            long failed = s.feeds().stream().filter(f -> f.error() != null).count();
            ConsoleMessages.info(ConsoleMessages.text("advisories.polled", s.added(), s.updated(), failed, s.durationMs()));
        } catch (PsmmException e) {
            ConsoleMessages.error(ConsoleMessages.of(e));
        }
        feeds = query.feeds();
    }

    public void inventoryNow() {
        try {
            List<InventoryOutcome> r = timer.inventoryNow();
            ConsoleMessages.info(ConsoleMessages.text("advisories.inventoried", r.size(),
                    r.stream().filter(o -> o.error() != null).count()));
        } catch (PsmmException e) {
            ConsoleMessages.error(ConsoleMessages.of(e));
        }
    }

    /**
     * One host an advisory concerns, as the page shows it: its packages grouped by version
     * ("openssh-client, openssh-server 1:9.2p1-2+deb12u10"), and whether all were updated since.
     */
    public record HostLine(String host, String packages, boolean updated, String now) {
    }

    public List<HostLine> hostLines(AdvisoryRow row) {
        Map<Long, List<AdvisoryRow.ExposedHost>> byHost = new LinkedHashMap<>();
        row.hosts().forEach(h -> byHost.computeIfAbsent(h.hostId(), k -> new ArrayList<>()).add(h));
        List<HostLine> lines = new ArrayList<>();
        for (List<AdvisoryRow.ExposedHost> hs : byHost.values()) {
            lines.add(new HostLine(hs.get(0).host(), grouped(hs, false), hs.stream().allMatch(AdvisoryRow.ExposedHost::updated),
                    grouped(hs.stream().filter(h -> h.currentVersion() != null).toList(), true)));
        }
        return lines;
    }

    private static String grouped(List<AdvisoryRow.ExposedHost> hosts, boolean current) {
        Map<String, List<String>> byVersion = new LinkedHashMap<>();
        hosts.forEach(h -> byVersion.computeIfAbsent(current ? h.currentVersion() : h.version(), k -> new ArrayList<>())
                .add(h.packageName()));
        List<String> parts = new ArrayList<>();
        byVersion.forEach((version, packages) -> parts.add(String.join(", ", packages) + " " + version));
        return String.join("; ", parts);
    }

    /** Whether PSMM first saw the advisory after the user's previous visit. */
    public boolean isNew(AdvisoryRow row) {
        return lastVisit != null && row.firstSeen().isAfter(lastVisit);
    }

    /** CERT-FR publishes at midnight UTC: the day, as CERT-FR dates it. */
    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public long getNewCount() {
        if (lastVisit == null) {
            return 0;
        }
        return query.find(new AdvisoryFilter(null, null, null, null, null, lastVisit), 0, 1).total();
    }

    public AdvisoryKind[] getKinds() {
        return AdvisoryKind.values();
    }

    public AdvisoryLazyModel getRows() {
        return rows;
    }

    public List<AdvisoryFeed> getFeeds() {
        return feeds;
    }

    public Instant getLastVisit() {
        return lastVisit;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AdvisoryKind getKind() {
        return kind;
    }

    public void setKind(AdvisoryKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isOnlyNew() {
        return onlyNew;
    }

    public void setOnlyNew(boolean onlyNew) {
        this.onlyNew = onlyNew;
    }

    public boolean isOnlyExposed() {
        return onlyExposed;
    }

    public void setOnlyExposed(boolean onlyExposed) {
        this.onlyExposed = onlyExposed;
    }
}
