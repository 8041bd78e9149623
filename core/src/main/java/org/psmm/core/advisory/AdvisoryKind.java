package org.psmm.core.advisory;

/** CERT-FR's two kinds of advisory: "avis" (AVI, a vulnerability notice) and "alerte" (ALE, under attack). */
public enum AdvisoryKind {
    AVIS,
    ALERTE
}
