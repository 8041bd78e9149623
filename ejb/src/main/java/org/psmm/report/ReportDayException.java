package org.psmm.report;

/** The day asked for cannot be reported (not a date, or in the future); the message says why. */
@jakarta.ejb.ApplicationException
public class ReportDayException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ReportDayException(String message) {
        super(message);
    }
}
