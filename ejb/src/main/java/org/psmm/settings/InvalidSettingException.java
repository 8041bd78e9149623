package org.psmm.settings;

import jakarta.ejb.ApplicationException;

/** A setting value outside its type or bounds; the message names the setting. */
@ApplicationException(rollback = true)
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidSettingException(SettingKey key, String problem) {
        this(key.key(), problem);
    }

    public InvalidSettingException(String key, String problem) {
        super(key + " " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
