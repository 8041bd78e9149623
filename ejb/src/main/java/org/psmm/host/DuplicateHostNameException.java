package org.psmm.host;

import jakarta.ejb.ApplicationException;

/** Another host already has this name; nothing was changed. */
@ApplicationException(rollback = true)
public class DuplicateHostNameException extends RuntimeException {

    private final String name;

    public DuplicateHostNameException(String name) {
        super("A host named '" + name + "' already exists");
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
