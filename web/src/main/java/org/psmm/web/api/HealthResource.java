package org.psmm.web.api;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/** UP when PSMM is deployed and its database answers; 503 otherwise. No authentication. */
@Path("health")
@PermitAll
public class HealthResource {

    public record Health(String status, String database, String version) {
    }

    @Resource(lookup = "java:jboss/datasources/PsmmDS")
    private DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        String version = buildVersion();
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(5)) {
                return Response.ok(new Health("UP", "UP", version)).build();
            }
            return down("database did not answer within 5 s", version);
        } catch (SQLException e) {
            return down("database unreachable", version);
        }
    }

    private static Response down(String why, String version) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health("DOWN", why, version))
                .build();
    }

    private static String buildVersion() {
        try (InputStream in = HealthResource.class.getResourceAsStream("/psmm-build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
