package org.psmm.core.snmp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * Reads a device through the engine, without blocking: a discovery (system group, interfaces,
 * storage, processors) and a poll (uptimes, interface status and counters, processors, storage,
 * memory). The system group comes first: a device that does not answer it is not asked more.
 * The tables a device lacks (HOST-RESOURCES on a switch) come back empty, not as failures.
 */
public final class DeviceReader {

    private final SnmpEngine engine;
    private final Clock clock;

    public DeviceReader(SnmpEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public CompletableFuture<Discovery> discover(SnmpTarget target) {
        return engine.get(target, Mib.SYS_DESCR, Mib.SYS_OBJECT_ID, Mib.SYS_UPTIME, Mib.SYS_CONTACT, Mib.SYS_NAME,
                Mib.SYS_LOCATION, Mib.HR_SYSTEM_UPTIME).thenCompose(vbs -> {
                    SystemInfo system = system(target, vbs);
                    CompletableFuture<List<InterfaceInfo>> interfaces = engine.table(target, Mib.IF_DESCR, Mib.IF_TYPE,
                            Mib.IF_SPEED, Mib.IF_PHYS_ADDRESS, Mib.IF_ADMIN_STATUS, Mib.IF_OPER_STATUS, Mib.IF_NAME,
                            Mib.IF_HIGH_SPEED, Mib.IF_ALIAS).thenApply(rows -> map(rows, DeviceReader::interfaceInfo));
                    CompletableFuture<List<StorageReading>> storage = storage(target);
                    CompletableFuture<List<ProcessorLoad>> processors = processors(target);
                    return CompletableFuture.allOf(interfaces, storage, processors)
                            .thenApply(v -> new Discovery(system, interfaces.join(), storage.join(), processors.join()));
                });
    }

    /** @param hostResources whether discovery found HOST-RESOURCES (storage or processors) on the device */
    public CompletableFuture<PollReading> poll(SnmpTarget target, boolean hostResources) {
        return engine.get(target, Mib.SYS_UPTIME, Mib.HR_SYSTEM_UPTIME, Mib.MEM_TOTAL_REAL, Mib.MEM_AVAIL_REAL)
                .thenCompose(vbs -> {
                    Long sysUpTime = number(vbs.get(0).getVariable());
                    Long hrUptime = number(vbs.get(1).getVariable());
                    if (sysUpTime == null && hrUptime == null) {
                        throw noSuchObject(target, "sysUpTime");
                    }
                    Long memTotal = number(vbs.get(2).getVariable());
                    Long memAvail = number(vbs.get(3).getVariable());
                    CompletableFuture<List<InterfaceCounters>> interfaces = engine.table(target, Mib.IF_ADMIN_STATUS,
                            Mib.IF_OPER_STATUS, Mib.IF_IN_ERRORS, Mib.IF_OUT_ERRORS, Mib.IF_HC_IN_OCTETS,
                            Mib.IF_HC_OUT_OCTETS, Mib.IF_IN_OCTETS, Mib.IF_OUT_OCTETS)
                            .thenApply(rows -> map(rows, DeviceReader::counters));
                    CompletableFuture<List<StorageReading>> storage = hostResources ? storage(target)
                            : CompletableFuture.completedFuture(List.of());
                    CompletableFuture<List<ProcessorLoad>> processors = hostResources ? processors(target)
                            : CompletableFuture.completedFuture(List.of());
                    return CompletableFuture.allOf(interfaces, storage, processors)
                            .thenApply(v -> new PollReading(clock.instant(), sysUpTime, hrUptime, interfaces.join(),
                                    processors.join(), storage.join(), memTotal, memAvail));
                });
    }

    private CompletableFuture<List<StorageReading>> storage(SnmpTarget target) {
        return engine.table(target, Mib.HR_STORAGE_TYPE, Mib.HR_STORAGE_DESCR, Mib.HR_STORAGE_UNITS, Mib.HR_STORAGE_SIZE,
                Mib.HR_STORAGE_USED).thenApply(rows -> map(rows, DeviceReader::storageReading));
    }

    private CompletableFuture<List<ProcessorLoad>> processors(SnmpTarget target) {
        return engine.table(target, Mib.HR_PROCESSOR_LOAD).thenApply(rows -> map(rows, r -> {
            Long load = number(column(r, 0));
            return load == null ? null : new ProcessorLoad(r.intIndex(), (int) Math.max(0, Math.min(100, load)));
        }));
    }

    static SystemInfo system(SnmpTarget target, List<VariableBinding> vbs) {
        Variable descr = vbs.get(0).getVariable();
        Variable name = vbs.get(4).getVariable();
        Long sysUpTime = number(vbs.get(2).getVariable());
        if (descr.isException() && name.isException() && sysUpTime == null) {
            throw noSuchObject(target, "the system group");
        }
        Variable objectId = vbs.get(1).getVariable();
        return new SystemInfo(text(name, SystemInfo.MAX_TEXT), text(descr, SystemInfo.MAX_DESCR),
                objectId instanceof OID o ? o.toDottedString() : null, text(vbs.get(5).getVariable(), SystemInfo.MAX_TEXT),
                text(vbs.get(3).getVariable(), SystemInfo.MAX_TEXT), sysUpTime, number(vbs.get(6).getVariable()));
    }

    private static SnmpFailure noSuchObject(SnmpTarget target, String what) {
        return new SnmpFailure(SnmpFailure.Reason.NO_SUCH_OBJECT, target.endpoint() + " answered, but has no " + what
                + " for PSMM (no such object: the community's or user's view hides it?)");
    }

    static InterfaceInfo interfaceInfo(SnmpEngine.Row r) {
        Long speed = number(column(r, 2));
        Long highSpeed = number(column(r, 7));
        long bps = highSpeed != null && highSpeed > 0 && (speed == null || speed >= 4_294_967_295L || highSpeed * 1_000_000 > speed)
                ? highSpeed * 1_000_000 : speed == null ? 0 : speed;
        Variable mac = column(r, 3);
        return new InterfaceInfo(r.intIndex(), text(column(r, 6), InterfaceInfo.MAX_TEXT), text(column(r, 0), InterfaceInfo.MAX_TEXT),
                text(column(r, 8), InterfaceInfo.MAX_TEXT), intOr(column(r, 1), 1), bps,
                mac instanceof OctetString o ? SnmpText.mac(o.getValue()) : null,
                IfStatus.of(intOr(column(r, 4), 4)), IfStatus.of(intOr(column(r, 5), 4)));
    }

    static InterfaceCounters counters(SnmpEngine.Row r) {
        Variable hcIn = column(r, 4);
        Variable hcOut = column(r, 5);
        boolean hc = hcIn instanceof Counter64 && hcOut instanceof Counter64;
        return new InterfaceCounters(r.intIndex(), IfStatus.of(intOr(column(r, 0), 4)), IfStatus.of(intOr(column(r, 1), 4)),
                hc ? number(hcIn) : counter32(column(r, 6)), hc ? number(hcOut) : counter32(column(r, 7)), hc,
                counter32(column(r, 2)), counter32(column(r, 3)));
    }

    static StorageReading storageReading(SnmpEngine.Row r) {
        Variable type = column(r, 0);
        Long units = number(column(r, 2));
        Long size = number(column(r, 3));
        Long used = number(column(r, 4));
        if (size == null || used == null) {
            return null;
        }
        return new StorageReading(r.intIndex(), StorageKind.of(type instanceof OID o ? o.toDottedString() : null),
                text(column(r, 1), InterfaceInfo.MAX_TEXT), units == null ? 1 : units, size, used);
    }

    private static <T> List<T> map(List<SnmpEngine.Row> rows, Function<SnmpEngine.Row, T> f) {
        List<T> out = new ArrayList<>(rows.size());
        for (SnmpEngine.Row r : rows) {
            T t = f.apply(r);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static Variable column(SnmpEngine.Row r, int i) {
        VariableBinding[] c = r.columns();
        return c == null || i >= c.length || c[i] == null ? null : c[i].getVariable();
    }

    /** A number (Integer32, Gauge32, Counter32/64, TimeTicks) as a long; null for none or an exception. */
    static Long number(Variable v) {
        if (v == null || v.isException()) {
            return null;
        }
        try {
            return v.toLong();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private static Long counter32(Variable v) {
        return v instanceof Counter32 || v instanceof Counter64 ? number(v) : null;
    }

    private static int intOr(Variable v, int fallback) {
        Long n = number(v);
        return n == null ? fallback : (int) (long) n;
    }

    static String text(Variable v, int max) {
        return v instanceof OctetString o ? SnmpText.decode(o.getValue(), max) : null;
    }
}
