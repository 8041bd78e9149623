package org.psmm.settings;

/** How a setting's text is read and checked. */
public enum SettingType {
    /** A whole number between the key's bounds, in the key's unit. */
    INTEGER,
    /** A comma-separated list of mail addresses, possibly empty. */
    MAIL_LIST
}
