package org.psmm.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.psmm.core.snmp.SnmpTarget;
import org.psmm.core.snmp.SnmpVersion;
import org.psmm.secret.StoredSecrets;

/** Opens a device's sealed secrets into the target the engine speaks to. The only reader of them. */
@ApplicationScoped
public class DeviceTargets {

    @Inject
    private StoredSecrets secrets;

    /** Thrown when a secret was sealed by another PSMM (a restored backup): it must be entered again. */
    public static final class SecretMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SecretMissing(String what) {
            super("the " + what + " must be entered again (it was stored by another PSMM)");
        }
    }

    public SnmpTarget target(Device d) {
        if (d.getSnmpVersion() == SnmpVersion.V2C) {
            String community = secrets.open(d.getCommunity(), Device.COMMUNITY)
                    .orElseThrow(() -> new SecretMissing("community"));
            return SnmpTarget.v2c(d.getAddress(), d.getPort(), community);
        }
        String auth = secrets.open(d.getV3AuthPassword(), Device.AUTH_PASSWORD)
                .orElseThrow(() -> new SecretMissing("v3 authentication password"));
        String priv = null;
        if (d.getV3PrivPassword() != null) {
            priv = secrets.open(d.getV3PrivPassword(), Device.PRIV_PASSWORD)
                    .orElseThrow(() -> new SecretMissing("v3 privacy password"));
        }
        return SnmpTarget.v3(d.getAddress(), d.getPort(), d.getV3User(), d.getV3AuthProtocol(), auth,
                priv == null ? null : d.getV3PrivProtocol(), priv);
    }
}
