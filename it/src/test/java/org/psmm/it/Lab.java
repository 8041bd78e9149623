package org.psmm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The lab's real servers (lab/up, started by the it module's build): what lab/status says of
 * them, and the lab scripts tests use to change them (authorize a key, rekey a host).
 */
public final class Lab {

    static final Path DIR = Path.of(System.getProperty("psmm.lab", "../lab")).toAbsolutePath().normalize();

    /**
     * This checkout's lab scripts, for the ones the running lab's checkout may not have yet
     * (lab/journal): they act on files only and start nothing.
     */
    private static final Path SCRIPTS = Path.of(System.getProperty("psmm.lab.scripts", DIR.toString()))
            .toAbsolutePath().normalize();

    private Lab() {
    }

    /** lab/status as JSON; fails (never skips) when the lab is not running. */
    public static JsonObject status() {
        JsonObject json = json(run("status"));
        for (String host : List.of("lab-ftp", "lab-web", "lab-sql")) {
            if (!json.getJsonObject("hosts").getJsonObject(host).getBoolean("ssh_up")) {
                throw new IllegalStateException(host + "'s sshd is not running: start the lab with lab/up");
            }
        }
        return json;
    }

    public static JsonObject host(String name) {
        return status().getJsonObject("hosts").getJsonObject(name);
    }

    public static String address(String name) {
        return host(name).getString("address");
    }

    /** The SHA256 fingerprints of the keys the lab host's sshd serves. */
    public static List<String> fingerprints(String name) {
        return host(name).getJsonArray("host_keys").stream()
                .map(k -> k.asJsonObject().getString("fingerprint"))
                .toList();
    }

    public static String sqlSocket() {
        return status().getString("sql_socket");
    }

    /** Lets a public key (PSMM's) log in as monitor and nosudo on every lab host. */
    public static void authorize(String publicKeyLine) {
        try {
            Path file = Files.createTempFile("psmm-key", ".pub");
            Files.writeString(file, publicKeyLine + "\n");
            run("authorize", file.toString());
            Files.delete(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a lab host a new SSH host key (as after a reinstall, or an attack). */
    public static void rekey(String host) {
        run("rekey", host);
    }

    /** Makes N real failed logins (lab/attack) and returns what was attempted, one object each. */
    public static List<JsonObject> attack(String service, int n) {
        return jsonLines(run("attack", service, String.valueOf(n)));
    }

    /** The same, all on one lab host. */
    public static List<JsonObject> attack(String service, int n, String host) {
        return jsonLines(run("attack", service, String.valueOf(n), host));
    }

    /** The same, from one source address (LAB_SOURCE): an address no other test attacked from. */
    public static List<JsonObject> attackFrom(String source, String service, int n, String host) {
        return jsonLines(run(DIR, Map.of("LAB_SOURCE", source), "attack", service, String.valueOf(n), host));
    }

    /** Rotates a lab log: rename, copytruncate or gzip (lab/rotate). */
    public static void rotate(String path, String how) {
        run("rotate", path, how);
    }

    /** Stops or starts one lab host's sshd (lab/sshd HOST stop|start): a host going down and back. */
    public static void sshd(String host, String action) {
        run("sshd", host, action);
    }

    /** The lab's directory (lab/ldap status): users and their passwords, groups; fails when slapd is down. */
    public static JsonObject ldap() {
        JsonObject ldap = json(run("ldap", "status"));
        if (!ldap.getBoolean("running")) {
            throw new IllegalStateException("the lab's slapd is not running: start the lab with lab/up (or lab/ldap start)");
        }
        return ldap;
    }

    /** The password of a directory user of the lab (ada, otto, vera, dora, nadia, eve, josé). */
    public static String ldapPassword(String user) {
        return ldap().getJsonObject("users").getJsonObject(user).getString("password");
    }

    /** Stops or starts the lab's slapd (lab/ldap stop|start): the directory going down and back. */
    public static void ldapServer(String action) {
        run("ldap", action);
    }

    /** A journal file of lab/journal (under its var/journal), not created yet. */
    public static Path journalFile(String name) {
        return SCRIPTS.resolve("var/journal").resolve(name + ".journal");
    }

    /** Appends N failed logins of SERVICE (ssh or sql) to a lab journal file; one object per attempt. */
    public static List<JsonObject> journalAppend(String service, int n, Path file) {
        return jsonLines(run(SCRIPTS, "journal", "append", service, String.valueOf(n), file.toString()));
    }

    /** Replaces a lab journal file by a new one without its entries (a vacuum under a cursor). */
    public static void journalVacuum(Path file) {
        run(SCRIPTS, "journal", "vacuum", file.toString());
    }

    /**
     * One of lab/snmpd's agents (lab-snmp-v2c, lab-snmp-v3) as its status prints it: address,
     * port, community or v3 user and passwords. Fails (never skips) when it is not running.
     */
    public static JsonObject snmpAgent(String name) {
        JsonObject agent = json(run(SCRIPTS, "snmpd", "status")).getJsonObject("agents").getJsonObject(name);
        if (!agent.getBoolean("running")) {
            throw new IllegalStateException(name + " is not running: start it with lab/snmpd start (lab/up does)");
        }
        return agent;
    }

    /** Stops or starts one lab snmpd agent (lab/snmpd NAME stop|start): a device going down and back. */
    public static void snmpd(String name, String action) {
        run(SCRIPTS, "snmpd", name, action);
    }

    /** The JSON objects among a script's output lines. */
    static List<JsonObject> jsonLines(String out) {
        return out.lines().filter(l -> l.startsWith("{")).map(Lab::json).toList();
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static List<String> jsonStrings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String run(String script, String... args) {
        return run(DIR, script, args);
    }

    /** Runs lab/SCRIPT ARGS from DIR and returns its standard output; fails when it fails. */
    static String run(Path dir, String script, String... args) {
        return run(dir, Map.of(), script, args);
    }

    private static String run(Path dir, Map<String, String> environment, String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add(dir.resolve(script).toString());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(environment);
            Process p = builder.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("lab/" + script + " " + String.join(" ", args) + " failed in " + dir
                        + " (is the lab up? run lab/up as root)");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run lab/" + script + " in " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
