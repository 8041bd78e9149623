package org.psmm.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host check's names and evidence in the console's language. The check stores its items in
 * English and machine form (the API, the stored history and the journal suggestions read them as
 * they are); only their wording is translated here, line by line. What the host itself printed
 * (sshd -T, id, uname, an error of the remote command) stays as printed.
 */
@Named
@ApplicationScoped
public class CheckWording {

    /** An English sentence the check writes, the key of its translation, its parts given as {0}, {1}. */
    private record Sentence(Pattern english, String key) {
    }

    private static final List<Sentence> SENTENCES = List.of(
            new Sentence(Pattern.compile("The SSH host key is not confirmed yet: compare its fingerprint and confirm it first"),
                    "check.detail.keyNotConfirmed"),
            new Sentence(Pattern.compile("Cannot tell which logs exist: (.*)", Pattern.DOTALL), "check.detail.logsUnknown"),
            new Sentence(Pattern.compile("Cannot read sshd's effective configuration: (.*)", Pattern.DOTALL),
                    "check.detail.sshdUnreadable"),
            new Sentence(Pattern.compile("(\\S+): found, read as a file"), "check.detail.logFound"),
            new Sentence(Pattern.compile("(\\S+): missing, read the journal instead: (\\S+)"), "check.detail.logMissing"),
            new Sentence(Pattern.compile("(\\w+) \\(not reported\\)"), "check.detail.notReported"),
            new Sentence(Pattern.compile("id (\\S+): no output"), "check.detail.noId"),
            new Sentence(Pattern.compile("exit status (\\d+)"), "check.detail.exitStatus"));

    /** "hardening:root-login-refused" → its label; a name the bundles do not know is shown as it is. */
    public String name(String name) {
        return name == null ? "" : text(bundle(), nameKey(name), name);
    }

    static String nameKey(String name) {
        return "check.name." + name.replace(':', '.');
    }

    public String detail(String detail) {
        return detail(bundle(), detail);
    }

    static String detail(ResourceBundle bundle, String detail) {
        if (detail == null) {
            return "";
        }
        for (Sentence s : SENTENCES) {
            Matcher m = s.english().matcher(detail);
            if (m.matches()) {
                return fill(bundle, s, m);
            }
        }
        // A report of several lines (which logs exist): each line on its own.
        if (detail.contains("\n")) {
            StringBuilder out = new StringBuilder();
            for (String line : detail.split("\n", -1)) {
                out.append(out.length() == 0 ? "" : "\n").append(line(bundle, line));
            }
            return out.toString();
        }
        return detail;
    }

    private static String line(ResourceBundle bundle, String line) {
        for (Sentence s : SENTENCES) {
            Matcher m = s.english().matcher(line);
            if (m.matches()) {
                return fill(bundle, s, m);
            }
        }
        return line;
    }

    private static String fill(ResourceBundle bundle, Sentence s, Matcher m) {
        String text = text(bundle, s.key(), m.group());
        for (int i = 1; i <= m.groupCount(); i++) {
            text = text.replace("{" + (i - 1) + "}", m.group(i));
        }
        return text;
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static ResourceBundle bundle() {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        Locale locale = fc != null && fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : Locale.ENGLISH;
        return ResourceBundle.getBundle("org.psmm.web.messages", locale);
    }
}
