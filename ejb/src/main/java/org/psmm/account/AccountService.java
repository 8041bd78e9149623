package org.psmm.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.core.account.PasswordRules;
import org.psmm.core.account.UserNames;
import org.psmm.error.PsmmException;
import org.psmm.security.PasswordHasher;
import org.psmm.security.PsmmRole;

/**
 * The Users page and /api/users: admins add, change, disable and remove users; everyone changes
 * their own password and profile. One enabled local administrator always remains (the door
 * that stays open when the directory is down), and nobody disables or removes themself. A
 * directory user's role and password belong to the directory: they are not changed here.
 */
@Stateless
@RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
public class AccountService {

    static final List<String> ROLES = List.of(PsmmRole.ADMIN, PsmmRole.OPERATOR, PsmmRole.VIEWER);
    // As the alert recipients setting checks addresses: no spaces, no quotes, no commas.
    private static final Pattern MAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @Inject
    private UserStore store;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @RolesAllowed(PsmmRole.ADMIN)
    public List<UserAccount> list() {
        return store.list();
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public UserAccount get(String username) {
        return store.find(username).orElseThrow(() -> PsmmException.notFound("No user named " + username));
    }

    /** The signed-in user's own account ("My account"). */
    public UserAccount me() {
        return get(caller());
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public UserAccount create(NewUser user) {
        if (user == null) {
            throw PsmmException.invalid("body", "a JSON body with username, displayName, email, role and password is required");
        }
        String username = user.username() == null ? null : user.username().strip();
        UserNames.problem(username).ifPresent(p -> {
            throw PsmmException.invalid("username", "username " + p.english()).coded("account.username." + p);
        });
        String role = role(user.role());
        String email = email(user.email());
        String displayName = displayName(user.displayName());
        requireGoodPassword(username, user.password(), "password");
        store.sameNameIgnoringCase(username).ifPresent(other -> {
            throw new PsmmException(PsmmException.Kind.CONFLICT, "A user named '" + other + "' already exists", "username",
                    "already used").coded("account.duplicate");
        });
        store.insert(username, displayName, email, UserSource.LOCAL, PasswordHasher.hash(user.password()), role, clock.instant());
        audit.record(AuditKind.USER_CREATED, username, "role " + role);
        return store.find(username).orElseThrow();
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public UserAccount changeRole(String username, String newRole) {
        UserAccount user = get(username);
        String role = role(newRole);
        if (!user.local()) {
            throw PsmmException.conflict(username + " signs in with the directory: its role comes from its groups there")
                    .coded("account.directoryRole");
        }
        if (role.equals(user.role())) {
            return user;
        }
        if (PsmmRole.ADMIN.equals(user.role())) {
            requireAnotherAdmin(user, "demoted");
        }
        store.setRole(username, role);
        audit.record(AuditKind.USER_ROLE_CHANGED, username, user.role() + " → " + role);
        return get(username);
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public UserAccount setEnabled(String username, boolean enabled) {
        UserAccount user = get(username);
        if (user.enabled() == enabled) {
            return user;
        }
        if (!enabled) {
            if (username.equals(caller())) {
                throw PsmmException.conflict("You cannot disable your own account: ask another administrator").coded("account.self");
            }
            if (PsmmRole.ADMIN.equals(user.role())) {
                requireAnotherAdmin(user, "disabled");
            }
        }
        store.setEnabled(username, enabled, clock.instant());
        audit.record(enabled ? AuditKind.USER_ENABLED : AuditKind.USER_DISABLED, username, null);
        return get(username);
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public void resetPassword(String username, String password) {
        UserAccount user = get(username);
        if (!user.local()) {
            throw PsmmException.conflict(username + " signs in with the directory: its password is changed there")
                    .coded("account.directoryPassword");
        }
        requireGoodPassword(username, password, "password");
        store.setPassword(username, password, clock.instant());
        audit.record(AuditKind.USER_PASSWORD_RESET, username, null);
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public void delete(String username) {
        UserAccount user = get(username);
        if (username.equals(caller())) {
            throw PsmmException.conflict("You cannot remove your own account: ask another administrator").coded("account.self");
        }
        if (PsmmRole.ADMIN.equals(user.role()) && user.enabled()) {
            requireAnotherAdmin(user, "removed");
        }
        store.delete(username);
        audit.record(AuditKind.USER_DELETED, username, "was " + user.role() + (user.local() ? "" : " (directory)"));
    }

    /** Name, mail and (for admins) the opt-ins of a user; an admin for anyone, anyone for themself. */
    public UserAccount changeProfile(String username, String displayName, String email, boolean alertMails, boolean dailyReport) {
        boolean admin = session.isCallerInRole(PsmmRole.ADMIN);
        if (!admin && !username.equals(caller())) {
            throw new PsmmException(PsmmException.Kind.FORBIDDEN, "Only administrators change another user's profile");
        }
        UserAccount user = store.find(username).orElseThrow(() -> PsmmException.notFound("No user named " + username));
        String mail = email(email);
        boolean optIns = PsmmRole.ADMIN.equals(user.role());
        if ((alertMails || dailyReport) && !optIns) {
            throw PsmmException.invalid("alertMails", "only administrators receive alert mails and the daily report")
                    .coded("account.optInAdmins");
        }
        if ((alertMails || dailyReport) && mail == null) {
            throw PsmmException.invalid("email", "an email address is needed to receive mails").coded("account.optInEmail");
        }
        store.setProfile(username, displayName(displayName), mail, alertMails, dailyReport, clock.instant());
        audit.record(AuditKind.USER_PROFILE_CHANGED, username, "alert mails " + onOff(alertMails) + ", daily report " + onOff(dailyReport));
        return store.find(username).orElseThrow();
    }

    /** The caller's own password, with the current one to prove it is them. */
    public void changeOwnPassword(String current, String next) {
        String username = caller();
        String hash = store.passwordHash(username).orElseThrow(() -> PsmmException.conflict(
                "You sign in with the directory: change your password there").coded("account.directoryPassword"));
        if (current == null || !PasswordHasher.matches(current, hash)) {
            throw PsmmException.invalid("currentPassword", "the current password is not right").coded("account.currentPassword");
        }
        requireGoodPassword(username, next, "newPassword");
        if (PasswordHasher.matches(next, hash)) {
            throw PsmmException.invalid("newPassword", "the new password must differ from the current one").coded("account.samePassword");
        }
        store.setPassword(username, next, clock.instant());
        audit.record(AuditKind.PASSWORD_CHANGED, username, null);
    }

    /** Where alert mails (or the daily report) go besides alerts.adminRecipients: opted-in admins. */
    @PermitAll
    public List<String> optedInAdmins(boolean dailyReport) {
        return store.optedInAdmins(dailyReport);
    }

    private static void requireGoodPassword(String username, String password, String field) {
        PasswordRules.problem(username, password).ifPresent(p -> {
            throw PsmmException.invalid(field, field + " " + p.english()).coded("account.password." + p);
        });
    }

    private void requireAnotherAdmin(UserAccount user, String what) {
        List<String> admins = store.lockEnabledLocalAdmins();
        if (user.local() && user.enabled() && admins.size() <= 1 && admins.contains(user.username())) {
            throw PsmmException.conflict(user.username() + " is the last enabled administrator with a local password: it cannot be "
                    + what + ". Give another user the admin role first (a local one: it still signs in when the directory is down)")
                    .coded("account.lastAdmin");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String role(String role) {
        String r = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(r)) {
            throw PsmmException.invalid("role", "role must be admin, operator or viewer").coded("account.role");
        }
        return r;
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip();
        if (e.length() > 254 || !MAIL.matcher(e).matches()) {
            throw PsmmException.invalid("email", "'" + e + "' is not a mail address").coded("account.email");
        }
        return e;
    }

    private static String displayName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.length() > 128 || n.chars().anyMatch(Character::isISOControl)) {
            throw PsmmException.invalid("displayName", "displayName must be at most 128 characters, without control characters")
                    .coded("account.displayName");
        }
        return n;
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}
