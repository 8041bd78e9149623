package org.psmm.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/** The plain-text part of a received mail. */
final class GreenMailBodies {

    private GreenMailBodies() {
    }

    static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return part.isMimeType("text/plain") ? s : "";
        }
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                String t = text(p);
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }

    static String html(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return part.isMimeType("text/html") ? s : "";
        }
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = html(mp.getBodyPart(i));
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        throw new IOException("no html part");
    }
}
