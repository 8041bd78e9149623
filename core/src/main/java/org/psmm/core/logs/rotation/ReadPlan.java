package org.psmm.core.logs.rotation;

import java.util.List;

/**
 * What to read, in order: the rest of a rotated file, then the live one.
 *
 * @param gap why lines may have been missed (the file read before is gone), or null
 */
public record ReadPlan(List<ReadSegment> segments, String gap) {

    public ReadPlan {
        segments = List.copyOf(segments);
    }
}
