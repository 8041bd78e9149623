package org.psmm.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.secret.SecretCipher;
import org.psmm.core.secret.SecretKeyFile;

/**
 * The one way PSMM stores a credential: {@link #seal} before it is written, {@link #open} when it
 * is used. Each column passes its own purpose ("chat_channel.url"), bound to the sealed value.
 * An empty {@link #open} means the value was sealed by another PSMM (its backup was restored
 * here): show it as "to be entered again", never as an error page.
 */
@ApplicationScoped
public class StoredSecrets {

    @Inject
    private ServerEnvironment environment;

    private volatile SecretCipher cipher;

    public String seal(String clear, String purpose) {
        return cipher().seal(clear, purpose);
    }

    /** The clear value; empty if it must be entered again. A value stored before sealing existed reads as it is. */
    public Optional<String> open(String stored, String purpose) {
        if (stored == null) {
            return Optional.empty();
        }
        if (!SecretCipher.isSealed(stored)) {
            return Optional.of(stored);
        }
        return cipher().open(stored, purpose);
    }

    /** Whether a stored value is still in clear (written before sealing existed) and should be sealed. */
    public boolean inClear(String stored) {
        return stored != null && !SecretCipher.isSealed(stored);
    }

    private SecretCipher cipher() {
        SecretCipher c = cipher;
        if (c == null) {
            synchronized (this) {
                c = cipher;
                if (c == null) {
                    c = SecretKeyFile.openOrCreate(environment.secretKeyDirectory());
                    cipher = c;
                }
            }
        }
        return c;
    }
}
