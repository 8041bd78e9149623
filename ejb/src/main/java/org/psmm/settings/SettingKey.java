package org.psmm.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every setting PSMM knows, with its type, default, bounds and unit. A key absent from the
 * setting table has its default, so a fresh installation works without any row.
 */
public enum SettingKey {
    AUTH_FAILURES_INTERVAL("collection.authFailuresIntervalMinutes", SettingType.INTEGER, "5", 0, 1440, ChronoUnit.MINUTES),
    METRICS_POLL_INTERVAL("metrics.pollIntervalMinutes", SettingType.INTEGER, "5", 1, 1440, ChronoUnit.MINUTES),
    METRICS_RETENTION("metrics.retentionHours", SettingType.INTEGER, "72", 1, 24 * 366, ChronoUnit.HOURS),
    CPU_THRESHOLD("alerts.cpuThresholdPercent", SettingType.INTEGER, "70", 0, 100, null),
    RAM_THRESHOLD("alerts.ramThresholdPercent", SettingType.INTEGER, "80", 0, 100, null),
    DISK_THRESHOLD("alerts.diskThresholdPercent", SettingType.INTEGER, "90", 0, 100, null),
    HOST_DOWN_DELAY("alerts.hostDownDelayMinutes", SettingType.INTEGER, "30", 1, 7 * 1440, ChronoUnit.MINUTES),
    ALERT_MAIL_MIN_INTERVAL("alerts.mailMinIntervalMinutes", SettingType.INTEGER, "60", 0, 1440, ChronoUnit.MINUTES),
    ADMIN_RECIPIENTS("alerts.adminRecipients", SettingType.MAIL_LIST, "", 0, 0, null),
    /** The language of mails and chat messages to admins: en or fr. */
    NOTIFY_LANGUAGE("notify.language", SettingType.LANGUAGE, "en", 0, 0, null),
    CHAT_STATUS_INTERVAL("chat.statusIntervalMinutes", SettingType.INTEGER, "60", 0, 7 * 1440, ChronoUnit.MINUTES),
    CHAT_BURST_FAILURES("chat.burstFailures", SettingType.INTEGER, "20", 0, 1_000_000, null),
    CHAT_BURST_WINDOW("chat.burstWindowMinutes", SettingType.INTEGER, "10", 1, 1440, ChronoUnit.MINUTES),
    DAILY_REPORT_ENABLED("report.dailyEnabled", SettingType.BOOLEAN, "true", 0, 0, null),
    DAILY_REPORT_TIME("report.dailyTime", SettingType.TIME, "07:00", 0, 0, null),
    /** Hours between scheduled system updates of every enabled host; 0 (the default) = never. */
    UPDATES_INTERVAL("updates.intervalHours", SettingType.INTEGER, "0", 0, 24 * 31, ChronoUnit.HOURS),
    BACKUP_INTERVAL("backups.intervalHours", SettingType.INTEGER, "3", 0, 7 * 24, ChronoUnit.HOURS),
    BACKUP_KEEP("backups.keep", SettingType.INTEGER, "7", 1, 1000, null),
    /** Failed sign-ins of one user from one address that refuse that address for that user. */
    SIGN_IN_MAX_FAILURES("signin.maxFailures", SettingType.INTEGER, "10", 1, 1000, null),
    SIGN_IN_FAILURE_WINDOW("signin.failureWindowMinutes", SettingType.INTEGER, "10", 1, 1440, ChronoUnit.MINUTES),
    SIGN_IN_LOCK("signin.lockMinutes", SettingType.INTEGER, "10", 1, 1440, ChronoUnit.MINUTES),
    AUDIT_KEEP_DAYS("audit.keepDays", SettingType.INTEGER, "365", 1, 3660, ChronoUnit.DAYS),
    /** Failed logins kept this many whole months before the current one, dropped a month at a time; 0 = forever. */
    FAILURES_KEEP_MONTHS("failures.keepMonths", SettingType.INTEGER, "0", 0, 1200, null),
    /** SNMP devices: poll every N minutes, full discovery every N hours, samples kept N days. */
    SNMP_POLL_INTERVAL("snmp.pollMinutes", SettingType.INTEGER, "5", 1, 1440, ChronoUnit.MINUTES),
    SNMP_DISCOVERY_INTERVAL("snmp.discoveryHours", SettingType.INTEGER, "6", 1, 24 * 31, ChronoUnit.HOURS),
    SNMP_RETENTION("snmp.retentionDays", SettingType.INTEGER, "30", 1, 3660, ChronoUnit.DAYS),
    /** A device that answers no request for this many polls in a row is down. */
    SNMP_DOWN_AFTER_POLLS("snmp.downAfterPolls", SettingType.INTEGER, "2", 1, 100, null),
    /** CERT-FR's feeds are read every N minutes; 0 = on demand only. */
    ADVISORIES_POLL("advisories.pollMinutes", SettingType.INTEGER, "60", 0, 7 * 1440, ChronoUnit.MINUTES),
    /** The RSS feeds read for advisories: CERT-FR's avis and alerte feeds by default. */
    ADVISORIES_FEEDS("advisories.feeds", SettingType.URL_LIST,
            "https://www.cert.ssi.gouv.fr/avis/feed/, https://www.cert.ssi.gouv.fr/alerte/feed/", 0, 0, null);

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    // Deliberately plain: a local part and a domain with a dot, no spaces, no quotes, no commas.
    private static final Pattern MAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final int min;
    private final int max;
    private final ChronoUnit unit;

    SettingKey(String key, SettingType type, String defaultValue, int min, int max, ChronoUnit unit) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public SettingType type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Minutes or hours for a duration, null for a percent or a list. */
    public ChronoUnit unit() {
        return unit;
    }

    public static Optional<SettingKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /**
     * The value in its stored form (trimmed, addresses joined by ", ").
     *
     * @throws InvalidSettingException saying what is wrong, for the admin who typed it
     */
    public String normalize(String value) {
        String v = value == null ? "" : value.trim();
        if (type == SettingType.INTEGER) {
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(this, "must be a whole number between " + min + " and " + max);
            }
            if (n < min || n > max) {
                throw new InvalidSettingException(this, "must be between " + min + " and " + max);
            }
            return Integer.toString(n);
        }
        if (type == SettingType.BOOLEAN) {
            return switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "1" -> "true";
                case "false", "no", "off", "0" -> "false";
                default -> throw new InvalidSettingException(this, "must be true or false");
            };
        }
        if (type == SettingType.LANGUAGE) {
            String language = v.toLowerCase(java.util.Locale.ROOT);
            if (!language.equals("en") && !language.equals("fr")) {
                throw new InvalidSettingException(this, "must be en (English) or fr (French)");
            }
            return language;
        }
        if (type == SettingType.TIME) {
            var m = TIME.matcher(v);
            if (!m.matches()) {
                throw new InvalidSettingException(this, "must be a time of day HH:MM, from 00:00 to 23:59");
            }
            return String.format(java.util.Locale.ROOT, "%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
        }
        if (type == SettingType.URL_LIST) {
            return String.join(", ", urlList(v));
        }
        return String.join(", ", mailList(v));
    }

    /** The web addresses of a URL_LIST value (http or https, with a host), each checked, each once. */
    List<String> urlList(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            String url = part.trim();
            if (url.isEmpty()) {
                continue;
            }
            boolean web;
            try {
                java.net.URI u = new java.net.URI(url);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
                web = (scheme.equals("https") || scheme.equals("http")) && u.getHost() != null && u.getUserInfo() == null;
            } catch (java.net.URISyntaxException e) {
                web = false;
            }
            if (!web || url.length() > 500) {
                throw new InvalidSettingException(this, "'" + url + "' is not an http(s) address");
            }
            if (!out.contains(url)) {
                out.add(url);
            }
        }
        return out;
    }

    /** A TIME value as a time of day (the value is normalized first). */
    LocalTime timeOfDay(String value) {
        return LocalTime.parse(normalize(value));
    }

    /** The addresses of a MAIL_LIST value, each checked. */
    List<String> mailList(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String address = part.trim();
            if (address.isEmpty()) {
                continue;
            }
            if (address.length() > 254 || !MAIL.matcher(address).matches()) {
                throw new InvalidSettingException(this, "'" + address + "' is not a mail address");
            }
            if (!out.contains(address)) {
                out.add(address);
            }
        }
        return out;
    }

    Duration duration(int amount) {
        return Duration.of(amount, unit);
    }
}
