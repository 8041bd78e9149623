package org.psmm.it;

import java.util.List;

/**
 * Every page of the console, as the tests that walk them all open them: with a parameter where the
 * page needs one (an id that exists nowhere shows the page's own "not found" state), and one page
 * that does not exist (the error page).
 */
final class ConsolePages {

    static final List<String> ALL = List.of("/index.xhtml", "/hosts.xhtml", "/failures.xhtml", "/ip.xhtml?ip=203.0.113.9",
            "/alerts.xhtml", "/host-metrics.xhtml", "/devices.xhtml", "/device.xhtml?id=0", "/sites.xhtml", "/jobs.xhtml",
            "/notifications.xhtml", "/reports.xhtml", "/updates.xhtml", "/backups.xhtml", "/settings.xhtml", "/users.xhtml",
            "/audit.xhtml", "/account.xhtml", "/host.xhtml?id=0", "/no-such-page.xhtml");

    private ConsolePages() {
    }
}
