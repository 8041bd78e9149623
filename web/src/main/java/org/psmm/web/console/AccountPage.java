package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.psmm.account.AccountService;
import org.psmm.account.UserAccount;
import org.psmm.error.PsmmException;

/** account.xhtml ("My account"): one's own name, mail and opt-ins, and one's own password. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    private UserAccount me;
    private String displayName;
    private String email;
    private boolean alertMails;
    private boolean dailyReport;
    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    @PostConstruct
    void load() {
        me = accounts.me();
        displayName = me.displayName();
        email = me.email();
        alertMails = me.alertMails();
        dailyReport = me.dailyReport();
    }

    public void saveProfile() {
        try {
            accounts.changeProfile(me.username(), displayName, email, alertMails, dailyReport);
            ConsoleMessages.info(ConsoleMessages.text("account.saved"));
            load();
        } catch (PsmmException e) {
            ConsoleMessages.fieldError("profileForm:" + (e.field() == null ? "displayName" : e.field()), ConsoleMessages.of(e));
        }
    }

    public void changePassword() {
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                ConsoleMessages.fieldError("passwordForm:repeatPassword", ConsoleMessages.text("account.password.mismatch"));
                return;
            }
            accounts.changeOwnPassword(currentPassword, newPassword);
            ConsoleMessages.info(ConsoleMessages.text("account.password.changed"));
        } catch (PsmmException e) {
            ConsoleMessages.fieldError("passwordForm:" + (e.field() == null ? "newPassword" : e.field()), ConsoleMessages.of(e));
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    public UserAccount getMe() {
        return me;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String v) {
        displayName = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public boolean isAlertMails() {
        return alertMails;
    }

    public void setAlertMails(boolean v) {
        alertMails = v;
    }

    public boolean isDailyReport() {
        return dailyReport;
    }

    public void setDailyReport(boolean v) {
        dailyReport = v;
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String v) {
        currentPassword = v;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String v) {
        newPassword = v;
    }

    public String getRepeatPassword() {
        return null;
    }

    public void setRepeatPassword(String v) {
        repeatPassword = v;
    }
}
