package org.psmm.advisory;

import java.util.List;

/** One page of advisories and how many match in all. */
public record AdvisoryList(long total, int page, int size, List<AdvisoryRow> rows) {
}
