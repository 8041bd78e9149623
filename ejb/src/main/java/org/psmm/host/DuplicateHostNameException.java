package org.psmm.host;

import org.psmm.error.PsmmException;

/** Another host already has this name; nothing was changed. */
public class DuplicateHostNameException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public DuplicateHostNameException(String name) {
        super(Kind.CONFLICT, "A host named '" + name + "' already exists", "name", "already used by another host");
    }
}
