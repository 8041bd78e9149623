package org.psmm.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The captive portal (ALCASAR) of one site: where its login form is posted, with which field
 * names and account, and where to log out. The password never leaves this entity except on
 * curl's stdin on the host being updated: no getter for pages, no toString.
 */
@Entity
@Table(name = "captive_portal")
public class CaptivePortal {

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

    @Column(nullable = false)
    private String password;

    protected CaptivePortal() {
    }

    CaptivePortal(String site) {
        this.site = site;
    }

    void change(PortalForm form) {
        loginUrl = form.loginUrl().strip();
        logoutUrl = form.logoutUrl().strip();
        userField = form.userField().strip();
        passwordField = form.passwordField().strip();
        userName = form.user();
        if (form.password() != null && !form.password().isEmpty()) {
            password = form.password(); // empty keeps the stored one: the console never shows it
        }
    }

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** Only for the login command (sent on stdin). */
    String secretPassword() {
        return password;
    }

    /** What pages and the API may show: everything but the password. */
    public PortalView view() {
        return new PortalView(site, loginUrl, logoutUrl, userField, passwordField, userName, hasPassword());
    }
}
