package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.psmm.account.AccountService;
import org.psmm.account.DirectoryClient;
import org.psmm.account.DirectoryLookup;
import org.psmm.account.NewUser;
import org.psmm.account.UserAccount;
import org.psmm.error.PsmmException;

/**
 * users.xhtml (admins): the users, with their role, source, state and last sign-in; add a local
 * user, change a role, disable or enable, reset a password, edit name, mail and opt-ins, remove;
 * and "Test the directory" for a directory user's groups and role.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @Inject
    private DirectoryClient directory;

    private List<UserAccount> users;

    // the new-user dialog
    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private String newRole = "viewer";
    private String newPassword;

    // the edit dialog
    private UserAccount editing;
    private String editRole;
    private String editDisplayName;
    private String editEmail;
    private boolean editAlertMails;
    private boolean editDailyReport;
    private String resetPassword;

    // the directory test
    private String testUsername;
    private DirectoryLookup tested;
    private String testError;

    @PostConstruct
    void load() {
        users = accounts.list();
    }

    public void startNew() {
        newUsername = null;
        newDisplayName = null;
        newEmail = null;
        newRole = "viewer";
        newPassword = null;
    }

    public void create() {
        try {
            UserAccount created = accounts.create(new NewUser(newUsername, newDisplayName, newEmail, newRole, newPassword));
            newPassword = null;
            ConsoleMessages.info(ConsoleMessages.text("users.created", created.username()));
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
            load();
        } catch (PsmmException e) {
            newPassword = null;
            ConsoleMessages.fieldError("newUserForm:new-" + field(e, "username"), ConsoleMessages.of(e));
        }
    }

    public void edit(UserAccount user) {
        editing = user;
        editRole = user.role();
        editDisplayName = user.displayName();
        editEmail = user.email();
        editAlertMails = user.alertMails();
        editDailyReport = user.dailyReport();
        resetPassword = null;
    }

    public void saveEdit() {
        if (editing == null) {
            return;
        }
        try {
            if (editing.local() && editRole != null && !editRole.equals(editing.role())) {
                accounts.changeRole(editing.username(), editRole);
            }
            accounts.changeProfile(editing.username(), editDisplayName, editEmail, editAlertMails, editDailyReport);
            if (editing.local() && resetPassword != null && !resetPassword.isEmpty()) {
                accounts.resetPassword(editing.username(), resetPassword);
            }
            resetPassword = null;
            ConsoleMessages.info(ConsoleMessages.text("users.saved", editing.username()));
            PrimeFaces.current().executeScript("PF('editUserDialog').hide()");
            load();
        } catch (PsmmException e) {
            resetPassword = null;
            ConsoleMessages.fieldError("editUserForm:edit-" + field(e, "role"), ConsoleMessages.of(e));
            load();
        }
    }

    public void setEnabled(UserAccount user, boolean enabled) {
        try {
            accounts.setEnabled(user.username(), enabled);
            ConsoleMessages.info(ConsoleMessages.text(enabled ? "users.enabledDone" : "users.disabledDone", user.username()));
        } catch (PsmmException e) {
            ConsoleMessages.error(ConsoleMessages.of(e));
        }
        load();
    }

    public void delete(UserAccount user) {
        try {
            accounts.delete(user.username());
            ConsoleMessages.info(ConsoleMessages.text("users.deleted", user.username()));
        } catch (PsmmException e) {
            ConsoleMessages.error(ConsoleMessages.of(e));
        }
        load();
    }

    public void testDirectory() {
        tested = null;
        testError = null;
        try {
            tested = directory.lookup(testUsername);
        } catch (PsmmException e) {
            testError = e.getMessage();
        }
    }

    /** The dialog field a failure is about (its inputs are named new-FIELD / edit-FIELD). */
    private static String field(PsmmException e, String otherwise) {
        String f = e.field();
        return f != null && List.of("username", "displayName", "email", "role", "password").contains(f) ? f
                : "alertMails".equals(f) ? "alertMails" : otherwise;
    }

    public boolean isDirectoryEnabled() {
        return directory.enabled();
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public List<String> getRoles() {
        return List.of("admin", "operator", "viewer");
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String v) {
        newUsername = v;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String v) {
        newDisplayName = v;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String v) {
        newEmail = v;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String v) {
        newRole = v;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String v) {
        newPassword = v;
    }

    public UserAccount getEditing() {
        return editing;
    }

    public String getEditRole() {
        return editRole;
    }

    public void setEditRole(String v) {
        editRole = v;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String v) {
        editDisplayName = v;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String v) {
        editEmail = v;
    }

    public boolean isEditAlertMails() {
        return editAlertMails;
    }

    public void setEditAlertMails(boolean v) {
        editAlertMails = v;
    }

    public boolean isEditDailyReport() {
        return editDailyReport;
    }

    public void setEditDailyReport(boolean v) {
        editDailyReport = v;
    }

    public String getResetPassword() {
        return null;
    }

    public void setResetPassword(String v) {
        resetPassword = v;
    }

    public String getTestUsername() {
        return testUsername;
    }

    public void setTestUsername(String v) {
        testUsername = v;
    }

    public DirectoryLookup getTested() {
        return tested;
    }

    public String getTestedGroups() {
        return tested == null ? "" : String.join(", ", tested.groups());
    }

    public String getTestError() {
        return testError;
    }
}
