package org.psmm.settings;

import org.psmm.error.PsmmException;

/** A setting value outside its type or bounds; the message names the setting. */
public class InvalidSettingException extends PsmmException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidSettingException(SettingKey key, String problem) {
        this(key.key(), problem);
    }

    public InvalidSettingException(String key, String problem) {
        super(Kind.INVALID, key + " " + problem, key, null);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
