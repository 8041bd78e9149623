package org.psmm.web.api;

import java.time.Instant;
import java.util.List;
import org.psmm.hostcheck.HostCheck;

/** A host check as the API shows it. */
public record CheckView(long hostId, Instant startedAt, long durationMs, boolean passed, List<Item> items) {

    public record Item(String name, boolean passed, long durationMs, String detail) {
    }

    static CheckView of(HostCheck c) {
        return new CheckView(c.getHostId(), c.getStartedAt(), c.getDurationMs(), c.isPassed(), c.getItems().stream()
                .map(i -> new Item(i.getName(), i.isPassed(), i.getDurationMs(), i.getDetail()))
                .toList());
    }
}
