package org.psmm.core.notify;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of what PSMM writes to its admins (alert, daily report and update mails; chat messages)
 * in the language they chose (setting notify.language): {@code texts.properties} (English) and
 * {@code texts_fr.properties}.
 * Every text is a {@link MessageFormat} pattern (an apostrophe is written twice); arguments are
 * given as text already formatted, so a count reads the same in every language ("1234", never
 * "1,234").
 */
public final class AdminTexts {

    public static final AdminTexts ENGLISH = new AdminTexts(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private AdminTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's locale: English is English on a French server too; a key missing
        // from the French file comes from the English one, its parent.
        this.bundle = ResourceBundle.getBundle("org.psmm.core.notify.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of a language: "fr" for French, English for anything else. */
    public static AdminTexts of(String language) {
        return "fr".equals(language) ? new AdminTexts(Locale.FRENCH) : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, its {0}, {1}... replaced by the arguments' text. */
    public String get(String key, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(texts);
    }

    /** {@code key.one} for a count of 1, {@code key.many} otherwise, with the count as {0}. */
    public String count(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(key + (n == 1 ? ".one" : ".many"), args);
    }
}
