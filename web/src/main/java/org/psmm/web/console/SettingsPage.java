package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.psmm.security.PsmmRole;
import org.psmm.settings.InvalidSettingException;
import org.psmm.settings.SettingValue;
import org.psmm.settings.Settings;

/** settings.xhtml: every setting with its bounds; admins change them, one bad value saves nothing. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Settings settings;

    private List<Row> rows;

    /** One editable line of the page. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String bounds;
        private final String defaultValue;
        /** The values to pick from (yes/no, a language), or empty for a typed value. */
        private final List<String> choices;
        private String value;

        Row(SettingValue v) {
            this.key = v.key().key();
            this.value = v.value();
            this.defaultValue = v.key().defaultValue();
            this.bounds = switch (v.key().type()) {
                case INTEGER -> v.key().min() + " – " + v.key().max();
                case TIME -> "00:00 – 23:59";
                case BOOLEAN -> "true / false";
                case LANGUAGE -> "en / fr";
                default -> "";
            };
            this.choices = switch (v.key().type()) {
                case BOOLEAN -> List.of("true", "false");
                case LANGUAGE -> List.of("en", "fr");
                default -> List.of();
            };
        }

        public List<String> getChoices() {
            return choices;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getBounds() {
            return bounds;
        }

        public String getDefaultValue() {
            return defaultValue;
        }
    }

    @PostConstruct
    void load() {
        rows = isAdmin() ? new ArrayList<>(settings.all().stream().map(Row::new).toList()) : List.of();
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(PsmmRole.ADMIN);
    }

    public List<Row> getRows() {
        return rows;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        if (!isAdmin()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("settings.adminOnly"), null));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(r -> values.put(r.getKey(), r.getValue()));
        try {
            settings.change(values, ec.getRemoteUser());
            load();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("settings.saved"), null));
        } catch (InvalidSettingException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("settings.invalid"), e.getMessage()));
        }
    }
}
