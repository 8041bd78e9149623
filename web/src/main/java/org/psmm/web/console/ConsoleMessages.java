package org.psmm.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import org.psmm.error.PsmmException;

/** The console's texts in the view's language, and the messages a page shows after an action. */
final class ConsoleMessages {

    private ConsoleMessages() {
    }

    static String text(String key) {
        FacesContext fc = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.psmm.web.messages", fc.getViewRoot().getLocale()).getString(key);
    }

    /** A text with {0}, {1}... replaced by the values, which the page escapes when it shows them. */
    static String text(String key, Object... values) {
        String s = text(key);
        for (int i = 0; i < values.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return s;
    }

    /**
     * What a PSMM failure says to this console's user: its coded text in the view's language when
     * the bundles have one, else its own (English) message.
     */
    static String of(PsmmException e) {
        if (e.code() != null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            ResourceBundle bundle = ResourceBundle.getBundle("org.psmm.web.messages", fc.getViewRoot().getLocale());
            if (bundle.containsKey("error." + e.code())) {
                return bundle.getString("error." + e.code());
            }
        }
        return e.getMessage();
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** An error shown beside one field, which also keeps a dialog open. */
    static void fieldError(String clientId, String message) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        fc.validationFailed();
    }
}
