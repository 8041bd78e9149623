package org.psmm.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import org.psmm.account.AccountService;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Who gets the mails meant for the administrators: the addresses of alerts.adminRecipients and
 * the enabled admins who opted in on their account (alert mails, or the daily report), each once.
 */
@Stateless
public class AdminRecipients {

    @EJB
    private Settings settings;

    @EJB
    private AccountService accounts;

    /** Alert mails, update results and every other mail to admins but the daily report. */
    public List<String> forAlerts() {
        return merged(accounts.optedInAdmins(false));
    }

    public List<String> forDailyReport() {
        return merged(accounts.optedInAdmins(true));
    }

    private List<String> merged(List<String> optedIn) {
        List<String> all = new ArrayList<>(settings.mailList(SettingKey.ADMIN_RECIPIENTS));
        for (String mail : optedIn) {
            if (all.stream().noneMatch(m -> m.equalsIgnoreCase(mail))) {
                all.add(mail);
            }
        }
        return all;
    }
}
