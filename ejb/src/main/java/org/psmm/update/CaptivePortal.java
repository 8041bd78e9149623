package org.psmm.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.psmm.secret.StoredSecrets;

/**
 * The captive portal (ALCASAR) of one site: where its login form is posted, with which field
 * names and account, and where to log out. The password is stored sealed (StoredSecrets, purpose
 * {@value #PURPOSE}) and never leaves this entity in clear except on curl's stdin on the host being
 * updated: no getter for pages, no toString.
 */
@Entity
@Table(name = "captive_portal")
public class CaptivePortal {

    static final String PURPOSE = "captive_portal.password";

    @Id
    @Column(length = 64)
    private String site;

    @Column(name = "login_url", nullable = false, length = 1024)
    private String loginUrl;

    @Column(name = "logout_url", nullable = false, length = 1024)
    private String logoutUrl;

    @Column(name = "user_field", nullable = false, length = 64)
    private String userField;

    @Column(name = "password_field", nullable = false, length = 64)
    private String passwordField;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(nullable = false, length = 2000)
    private String password;

    protected CaptivePortal() {
    }

    CaptivePortal(String site) {
        this.site = site;
    }

    void change(PortalForm form, StoredSecrets secrets) {
        loginUrl = form.loginUrl().strip();
        logoutUrl = form.logoutUrl().strip();
        userField = form.userField().strip();
        passwordField = form.passwordField().strip();
        userName = form.user();
        if (form.password() != null && !form.password().isEmpty()) {
            password = secrets.seal(form.password(), PURPOSE); // empty keeps the stored one: the console never shows it
        }
    }

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** A password this PSMM can read: not one sealed by another PSMM (restored from its backup). */
    boolean hasReadablePassword(StoredSecrets secrets) {
        return hasPassword() && secrets.open(password, PURPOSE).isPresent();
    }

    /** Only for the login command (sent on stdin); empty when it must be entered again. */
    java.util.Optional<String> secretPassword(StoredSecrets secrets) {
        return hasPassword() ? secrets.open(password, PURPOSE) : java.util.Optional.empty();
    }

    /** What pages and the API may show: everything but the password (its presence: a readable one). */
    public PortalView view(StoredSecrets secrets) {
        return new PortalView(site, loginUrl, logoutUrl, userField, passwordField, userName, hasReadablePassword(secrets));
    }
}
