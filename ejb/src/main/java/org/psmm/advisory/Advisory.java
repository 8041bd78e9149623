package org.psmm.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.psmm.core.advisory.AdvisoryKind;
import org.psmm.core.advisory.FeedItem;
import org.psmm.core.advisory.Product;
import org.psmm.core.advisory.ProductPackages;

/** One CERT-FR advisory, stored once by its reference. Its texts came from the feed: hostile. */
@Entity
@Table(name = "advisory")
public class Advisory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 24)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AdvisoryKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, length = 500)
    private String link;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean updated;

    @Column(length = 500)
    private String products;

    @Column(nullable = false, length = 500)
    private String feed;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "announced_at")
    private Instant announcedAt;

    @Column(name = "exposed_hosts", nullable = false)
    private int exposedHosts;

    protected Advisory() {
        // for JPA
    }

    Advisory(FeedItem item, String feed, Instant now) {
        this.reference = item.reference().value();
        this.kind = item.reference().kind();
        this.feed = feed;
        this.firstSeenAt = now;
        take(item, now);
    }

    private void take(FeedItem item, Instant now) {
        this.title = item.title();
        this.summary = item.summary();
        this.link = item.link();
        this.publishedAt = item.published();
        this.updated = this.updated || item.updated();
        List<String> named = ProductPackages.namedIn(item.title()).stream().map(Product::name).toList();
        this.products = named.isEmpty() ? null : String.join(",", named);
        this.changedAt = now;
    }

    /**
     * Takes what a later feed says. Only an item marked "[MàJ]" that differs from what is stored
     * changes the advisory (marked updated); the same item read again changes nothing.
     *
     * @return whether anything changed
     */
    boolean updateFrom(FeedItem item, Instant now) {
        if (!item.updated()) {
            return false;
        }
        boolean same = updated && Objects.equals(title, item.title()) && Objects.equals(summary, item.summary())
                && Objects.equals(link, item.link()) && Objects.equals(publishedAt, item.published());
        if (same) {
            return false;
        }
        take(item, now);
        return true;
    }

    void announced(Instant at) {
        this.announcedAt = at;
    }

    /** The products the title names (names of {@link ProductPackages}). */
    public List<Product> namedProducts() {
        if (products == null || products.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(products.split(",")).map(ProductPackages::byName).flatMap(java.util.Optional::stream).toList();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public AdvisoryKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLink() {
        return link;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isUpdated() {
        return updated;
    }

    public String getProducts() {
        return products;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getAnnouncedAt() {
        return announcedAt;
    }

    public int getExposedHosts() {
        return exposedHosts;
    }
}
