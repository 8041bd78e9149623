package org.psmm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The lab's pieces for system updates (lab/apt-repo, lab/captive-portal), from the lab directory
 * named by psmm.lab.updates (the normal lab unless set). Fails, never skips, when they are missing.
 */
final class UpdateLab {

    private static final Path DIR = Path.of(System.getProperty("psmm.lab.updates",
            System.getProperty("psmm.lab", "../lab"))).toAbsolutePath().normalize();

    private UpdateLab() {
    }

    /** Reinstalls psmm-lab-demo 1.0 on the host and points it at the good or the broken repository. */
    static JsonObject resetApt(String host, String repository) {
        return json(run("apt-repo", "reset", host, repository)).getJsonObject(host);
    }

    static JsonObject apt(String host) {
        return json(run("apt-repo", "status")).getJsonObject("hosts").getJsonObject(host);
    }

    /** The portal's URLs and account; fails if it is not running. */
    static JsonObject portal() {
        JsonObject p = json(run("captive-portal", "status"));
        if (!p.getBoolean("running")) {
            throw new IllegalStateException("the lab captive portal is not running: lab/up (or lab/captive-portal up)");
        }
        return p;
    }

    static void portalRefuses(boolean refuse) {
        run("captive-portal", "refuse", refuse ? "on" : "off");
    }

    /** Each portal login answers after this many seconds (0: at once). */
    static void portalDelay(int seconds) {
        run("captive-portal", "delay", String.valueOf(seconds));
    }

    static void clearPortalEvents() {
        run("captive-portal", "clear");
    }

    /** What the portal saw, in order. */
    static List<JsonObject> portalEvents() {
        try {
            return Files.readAllLines(Path.of(portal().getString("events")), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).map(UpdateLab::json).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String run(String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add(DIR.resolve(script).toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("lab/" + script + " " + String.join(" ", args) + " failed in " + DIR
                        + " (run lab/up as root)");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run lab/" + script + " in " + DIR + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
