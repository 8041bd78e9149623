package org.psmm.report;

import jakarta.ejb.ApplicationException;
import org.psmm.error.PsmmException;

/** No administrator address is set (alerts.adminRecipients): a report would go nowhere. */
@ApplicationException(rollback = false)
public class NoReportRecipientsException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public NoReportRecipientsException() {
        super(Kind.CONFLICT, "No administrator address is set: add one to alerts.adminRecipients in Settings, or let an admin opt in on the Users page");
    }
}
