package org.psmm.settings;

/** How a setting's text is read and checked. */
public enum SettingType {
    /** A whole number between the key's bounds, in the key's unit. */
    INTEGER,
    /** A comma-separated list of mail addresses, possibly empty. */
    MAIL_LIST,
    /** true or false (yes/no, on/off accepted). */
    BOOLEAN,
    /** A time of day, HH:MM (24 h), read in the server's time zone. */
    TIME,
    /** A list of http(s) addresses, comma- or space-separated, possibly empty. */
    URL_LIST,
    /** A language of PSMM's texts to admins: en or fr. */
    LANGUAGE
}
