package org.psmm.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lab's pieces for system updates (lab/apt-repo, lab/captive-portal) of the running lab. Fails,
 * never skips, when they are missing.
 */
final class UpdateLab {

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
        return Lab.json(text);
    }

    private static String run(String script, String... args) {
        return Lab.run(Lab.DIR, script, args);
    }
}
