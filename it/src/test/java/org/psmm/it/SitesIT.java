package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Sites through the API: hosts and devices name them, a site is described with a region, lists
 * what it holds and how it is doing, filters the lists, takes its members along when renamed and
 * is removed only when empty. The device is the lab's v2c agent (lab/snmpd).
 */
@ExtendWith(ArquillianExtension.class)
class SitesIT {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @AfterEach
    void cleanUp() {
        LabDevices.removeAll();
    }

    private static Optional<JsonObject> site(String name) {
        return API.get("sites").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.containsKey("name") && s.getString("name").equals(name)).findFirst();
    }

    @Test
    void aSiteListsItsHostsAndDevicesFiltersThemAndTakesThemAlongWhenRenamed() {
        String site = LabDevices.uniqueName("Lyon");
        String host = LabDevices.uniqueName("web");
        Reply h = API.post("hosts", "{\"name\":\"" + host + "\",\"address\":\"192.0.2.10\",\"site\":\"" + site + "\",\"timeZone\":\"UTC\"}");
        assertEquals(201, h.status(), h.body());
        long hostId = h.json().getJsonNumber("id").longValue();
        String device = LabDevices.uniqueName("sw");
        LabDevices.create(LabDevices.v2cJson(device, site, null));
        LabDevices.pollAll();

        JsonObject named = site(site).orElseThrow(() -> new AssertionError("a site hosts name is listed: " + API.get("sites").body()));
        assertTrue(!named.containsKey("id") || named.isNull("id"), "not described yet: " + named);
        assertEquals(List.of(host), named.getJsonArray("hosts").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(1, named.getJsonArray("devices").size());
        assertEquals(1, named.getInt("devicesUp"), named.toString());

        Reply described = API.post("sites", "{\"name\":\"" + site + "\",\"region\":\"Auvergne-Rhône-Alpes\",\"address\":\"1 rue X\"}");
        assertEquals(201, described.status(), described.body());
        long id = described.json().getJsonNumber("id").longValue();
        assertEquals(409, API.post("sites", "{\"name\":\"" + site.toUpperCase() + "\"}").status(), "names ignore case");
        assertEquals("Auvergne-Rhône-Alpes", site(site).orElseThrow().getString("region"));

        assertEquals(1, API.get("hosts?site=" + site).jsonArray().size());
        assertEquals(1, API.get("devices?site=" + site).jsonArray().size());
        assertEquals(0, API.get("devices?site=" + site + "-other").jsonArray().size());

        String renamed = site + "-Part-Dieu";
        Reply r = API.put("sites/" + id, "{\"name\":\"" + renamed + "\",\"region\":\"ARA\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals(renamed, API.get("hosts/" + hostId).json().getString("site"), "the host moved along");
        assertEquals(1, API.get("devices?site=" + renamed).jsonArray().size(), "the device moved along");
        assertTrue(site(site).isEmpty());

        Reply refused = API.delete("sites/" + id);
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("move them to another site first"), refused.body());
        assertEquals(204, API.delete("hosts/" + hostId).status());
        LabDevices.removeAll();
        assertEquals(204, API.delete("sites/" + id).status());
        assertTrue(site(renamed).isEmpty());
    }
}
