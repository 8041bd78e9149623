package org.psmm.core.report;

import java.io.Serializable;
import java.util.List;

/** A source IP seen failing on more than one service: the mark of a scan rather than a typo. */
public record MultiServiceIp(String ip, List<String> services, long count) implements Serializable {
}
