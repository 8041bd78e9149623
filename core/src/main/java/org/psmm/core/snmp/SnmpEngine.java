package org.psmm.core.snmp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.DefaultPDUFactory;
import org.snmp4j.util.RetrievalEvent;
import org.snmp4j.util.TableEvent;
import org.snmp4j.util.TableListener;
import org.snmp4j.util.TableUtils;

/**
 * One SNMP engine for every agent: one UDP socket, one listening thread and one timer thread
 * (SNMP4J's), however many devices are asked at once. Requests are asynchronous: each returns a
 * future completed by SNMP4J's threads, which only decode, so a caller can have hundreds of
 * devices in flight without a thread each. A future fails with an {@link SnmpFailure} that says
 * why (no answer, authentication, no such object).
 *
 * <p>v3: SHA-1 authentication is added to SNMP4J's default protocols (3.13 leaves it out and most
 * devices still use it), and REPORTs sent without authentication (a wrong password, an unknown
 * user) are accepted, so those failures are told as such instead of looking like a timeout.
 */
public final class SnmpEngine implements AutoCloseable {

    /** Rows asked per GETBULK: 10 rows of 8 columns stay far below any agent's message size. */
    private static final int ROWS_PER_PDU = 10;

    private final Snmp snmp;
    private final USM usm;
    private final TableUtils tables;
    private final long timeoutMillis;
    private final int retries;
    /** The v3 credentials each user name was registered with, so a second set for one name is noticed. */
    private final Map<String, String> users = new ConcurrentHashMap<>();
    /** User names that agents know with different passwords: registered per agent engine, not by name. */
    private final java.util.Set<String> sharedNames = ConcurrentHashMap.newKeySet();
    /** Agents' engine IDs by address, learnt for users of shared names; and what was registered for each. */
    private final Map<String, OctetString> engineIds = new ConcurrentHashMap<>();
    private final Map<String, String> engineUsers = new ConcurrentHashMap<>();

    public SnmpEngine(Duration timeout, int retries) throws IOException {
        this.timeoutMillis = timeout.toMillis();
        this.retries = retries;
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.defaultSecurity);
        protocols.addAuthenticationProtocol(new AuthSHA());
        protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
        protocols.addPrivacyProtocol(new PrivAES128());
        usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress("0.0.0.0/0"));
        transport.setReceiveBufferSize(4 * 1024 * 1024); // hundreds of answers may arrive at once
        snmp = new Snmp(dispatcher, transport);
        tables = new TableUtils(snmp, new DefaultPDUFactory(PDU.GETBULK));
        tables.setMaxNumRowsPerPDU(ROWS_PER_PDU);
        snmp.listen();
    }

    /** GET of the given objects; each binding is in the order asked, possibly noSuchObject/noSuchInstance. */
    public CompletableFuture<List<VariableBinding>> get(SnmpTarget target, OID... oids) {
        CompletableFuture<List<VariableBinding>> result = new CompletableFuture<>();
        Target<UdpAddress> t;
        try {
            t = target(target);
        } catch (SnmpFailure e) {
            result.completeExceptionally(e);
            return result;
        }
        PDU pdu = target.version() == SnmpVersion.V3 ? new ScopedPDU() : new PDU();
        pdu.setType(PDU.GET);
        for (OID oid : oids) {
            pdu.add(new VariableBinding(oid));
        }
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                try {
                    result.complete(bindings(target, event));
                } catch (SnmpFailure e) {
                    result.completeExceptionally(e);
                } catch (RuntimeException e) {
                    result.completeExceptionally(new SnmpFailure(SnmpFailure.Reason.ERROR, String.valueOf(e), e));
                }
            }
        };
        try {
            snmp.send(pdu, t, null, listener);
        } catch (IOException | RuntimeException e) {
            result.completeExceptionally(new SnmpFailure(SnmpFailure.Reason.ERROR, "cannot send to " + target.endpoint()
                    + ": " + e.getMessage(), e));
        }
        return result;
    }

    /** One row of a table walk: its index (the OID after the column) and the columns asked, null where absent. */
    public record Row(OID index, VariableBinding[] columns) {

        public int intIndex() {
            return index.size() == 1 ? index.get(0) : index.last();
        }
    }

    /**
     * Walks the given columns of one table with GETBULK (GETNEXT would be one round trip a row).
     * A table the agent does not have gives no rows, not a failure.
     */
    public CompletableFuture<List<Row>> table(SnmpTarget target, OID... columns) {
        CompletableFuture<List<Row>> result = new CompletableFuture<>();
        Target<UdpAddress> t;
        try {
            t = target(target);
        } catch (SnmpFailure e) {
            result.completeExceptionally(e);
            return result;
        }
        List<Row> rows = new ArrayList<>();
        TableListener listener = new TableListener() {
            private volatile boolean finished;

            @Override
            public boolean next(TableEvent event) {
                if (event.isError()) {
                    return false;
                }
                synchronized (rows) {
                    rows.add(new Row(event.getIndex(), event.getColumns()));
                }
                return true;
            }

            @Override
            public void finished(TableEvent event) {
                finished = true;
                if (event.isError() && event.getStatus() != RetrievalEvent.STATUS_OK) {
                    result.completeExceptionally(failure(target, event));
                } else {
                    synchronized (rows) {
                        result.complete(List.copyOf(rows));
                    }
                }
            }

            @Override
            public boolean isFinished() {
                return finished;
            }
        };
        try {
            tables.getTable(t, columns, listener, null, null, null);
        } catch (RuntimeException e) {
            result.completeExceptionally(new SnmpFailure(SnmpFailure.Reason.ERROR, "cannot walk " + target.endpoint()
                    + ": " + e.getMessage(), e));
        }
        return result;
    }

    private List<VariableBinding> bindings(SnmpTarget target, ResponseEvent<?> event) {
        PDU response = event.getResponse();
        if (response == null) {
            if (event.getError() != null) {
                throw new SnmpFailure(SnmpFailure.Reason.ERROR, target.endpoint() + ": " + event.getError().getMessage(),
                        event.getError());
            }
            throw noAnswer(target);
        }
        if (response.getType() == PDU.REPORT) {
            throw reported(target, response);
        }
        if (response.getErrorStatus() != PDU.noError) {
            throw new SnmpFailure(SnmpFailure.Reason.AGENT_ERROR, target.endpoint() + " answered "
                    + response.getErrorStatusText() + " (error " + response.getErrorStatus() + ")");
        }
        return response.getVariableBindings().stream().map(VariableBinding.class::cast).toList();
    }

    private SnmpFailure failure(SnmpTarget target, TableEvent event) {
        return switch (event.getStatus()) {
            case RetrievalEvent.STATUS_TIMEOUT -> noAnswer(target);
            case RetrievalEvent.STATUS_REPORT -> event.getReportPDU() != null ? reported(target, event.getReportPDU())
                    : new SnmpFailure(SnmpFailure.Reason.AUTHENTICATION, target.endpoint() + " refused the request (v3 report)");
            case RetrievalEvent.STATUS_WRONG_ORDER -> new SnmpFailure(SnmpFailure.Reason.AGENT_ERROR,
                    target.endpoint() + " returned a table out of order");
            default -> event.getException() != null
                    ? new SnmpFailure(SnmpFailure.Reason.ERROR, target.endpoint() + ": " + event.getException().getMessage(),
                            event.getException())
                    : new SnmpFailure(SnmpFailure.Reason.AGENT_ERROR, target.endpoint() + ": " + event.getErrorMessage());
        };
    }

    private SnmpFailure noAnswer(SnmpTarget target) {
        String why = target.version() == SnmpVersion.V2C
                ? " (agent down or unreachable, or a wrong community: v2c agents do not answer those)"
                : " (agent down or unreachable, or a wrong privacy password)";
        return new SnmpFailure(SnmpFailure.Reason.NO_ANSWER, "no answer from " + target.endpoint() + " within "
                + timeoutMillis + " ms x " + (retries + 1) + " tries" + why);
    }

    static SnmpFailure reported(SnmpTarget target, PDU report) {
        OID oid = report.size() > 0 ? report.get(0).getOid() : new OID();
        String what;
        if (oid.startsWith(Mib.USM_WRONG_DIGESTS)) {
            what = "wrong authentication password for user " + target.user();
        } else if (oid.startsWith(Mib.USM_UNKNOWN_USER_NAMES)) {
            what = "unknown user " + target.user();
        } else if (oid.startsWith(Mib.USM_DECRYPTION_ERRORS)) {
            what = "wrong privacy password for user " + target.user();
        } else if (oid.startsWith(Mib.USM_UNSUPPORTED_SEC_LEVELS)) {
            what = "security level not allowed for user " + target.user() + " (authPriv or authNoPriv?)";
        } else if (oid.startsWith(Mib.USM_NOT_IN_TIME_WINDOWS)) {
            what = "not in time window (the agent's engine boots or time changed)";
        } else {
            what = "report " + oid;
        }
        return new SnmpFailure(SnmpFailure.Reason.AUTHENTICATION, target.endpoint() + " refused the request: " + what);
    }

    private Target<UdpAddress> target(SnmpTarget target) {
        UdpAddress address;
        try {
            address = new UdpAddress(InetAddress.getByName(target.address()), target.port());
        } catch (UnknownHostException e) {
            throw new SnmpFailure(SnmpFailure.Reason.BAD_ADDRESS, "unknown host " + target.address());
        }
        Target<UdpAddress> t;
        if (target.version() == SnmpVersion.V2C) {
            CommunityTarget<UdpAddress> c = new CommunityTarget<>(address, new OctetString(target.community()));
            c.setVersion(SnmpConstants.version2c);
            t = c;
        } else {
            OctetString engineId = register(target, address);
            UserTarget<UdpAddress> u = new UserTarget<>();
            if (engineId != null) {
                u.setAuthoritativeEngineID(engineId.getValue());
            }
            u.setAddress(address);
            u.setVersion(SnmpConstants.version3);
            u.setSecurityName(new OctetString(target.user()));
            u.setSecurityLevel(target.privPassword() == null ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.AUTH_PRIV);
            t = u;
        }
        t.setTimeout(timeoutMillis);
        t.setRetries(retries);
        return t;
    }

    /**
     * SNMP4J keeps users by name and localizes a user's keys for each agent's engine at first
     * contact. One set of passwords per user name (the usual case) is registered by name and
     * needs nothing more. When agents know one name with different passwords, that name is
     * registered per agent instead, under the agent's engine ID (asked once per agent, with a
     * blocking discovery: only for such names), so each agent gets its own keys.
     *
     * @return the engine ID the target must use, or null when registered by name
     */
    private OctetString register(SnmpTarget target, UdpAddress address) {
        String credentials = target.authProtocol() + "|" + target.authPassword() + "|" + target.privProtocol() + "|"
                + target.privPassword();
        OctetString name = new OctetString(target.user());
        String before = users.putIfAbsent(target.user(), credentials);
        if (before != null && !before.equals(credentials) && sharedNames.add(target.user())) {
            usm.removeAllUsers(name); // from now on per engine: no agent may fall back to another's keys
        }
        if (!sharedNames.contains(target.user())) {
            if (before == null) {
                usm.addUser(name, usmUser(target, name));
            }
            return null;
        }
        String key = address.toString();
        OctetString engineId = engineIds.get(key);
        if (engineId == null) {
            byte[] id = snmp.discoverAuthoritativeEngineID(address, timeoutMillis);
            if (id == null || id.length == 0) {
                throw noAnswer(target);
            }
            engineId = new OctetString(id);
            engineIds.put(key, engineId);
        }
        String registered = engineId.toHexString() + "|" + target.user();
        if (!credentials.equals(engineUsers.put(registered, credentials))) {
            usm.removeUser(engineId, name);
            usm.addUser(name, engineId, usmUser(target, name));
        }
        return engineId;
    }

    private static UsmUser usmUser(SnmpTarget target, OctetString name) {
        OID auth = target.authProtocol() == AuthProtocol.SHA256 ? AuthHMAC192SHA256.ID : AuthSHA.ID;
        return new UsmUser(name, auth, new OctetString(target.authPassword()),
                target.privPassword() == null ? null : PrivAES128.ID,
                target.privPassword() == null ? null : new OctetString(target.privPassword()));
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }
}
