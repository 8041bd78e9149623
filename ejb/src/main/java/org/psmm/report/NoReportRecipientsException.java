package org.psmm.report;

import jakarta.ejb.ApplicationException;

/** No administrator address is set (alerts.adminRecipients): a report would go nowhere. */
@ApplicationException
public class NoReportRecipientsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoReportRecipientsException() {
        super("No administrator address is set: add one to alerts.adminRecipients in Settings first");
    }
}
