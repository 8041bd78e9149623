package org.psmm.core.logs.journal;

/** A line of {@code journalctl -o json} output that is not a journal entry PSMM can use. */
public class MalformedJournalEntryException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedJournalEntryException(String message) {
        super(message);
    }
}
