package org.psmm.report;

import jakarta.ejb.ApplicationException;
import org.psmm.error.PsmmException;

/** The day asked for cannot be reported (not a date, or in the future); the message says why. */
@ApplicationException(rollback = false)
public class ReportDayException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public ReportDayException(String message) {
        super(Kind.INVALID, message, "day", null);
    }
}
