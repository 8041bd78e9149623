package org.psmm.core.alert;

/** What a new reading does to an alert. */
public enum Transition {
    RAISE, RESOLVE, NONE
}
