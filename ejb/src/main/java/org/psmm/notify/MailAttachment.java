package org.psmm.notify;

import java.util.Objects;

/** A file to attach to a mail: its name as the recipient sees it, its MIME type and its bytes. */
public record MailAttachment(String name, String contentType, byte[] data) {

    public MailAttachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(data, "data");
        if (name.isBlank() || name.length() > 255 || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == '"')) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
    }
}
