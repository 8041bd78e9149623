package org.psmm.settings;

import java.util.Set;

/**
 * Fired (CDI) when settings were changed on this node; observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act on committed values only. Other nodes
 * see the change at their next read.
 */
public record SettingsChanged(Set<SettingKey> keys) {
}
