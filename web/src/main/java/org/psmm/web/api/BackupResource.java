package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.psmm.backup.BackupEntry;
import org.psmm.backup.BackupException;
import org.psmm.backup.BackupList;
import org.psmm.backup.BackupRestorer;
import org.psmm.backup.BackupTaker;
import org.psmm.backup.RestoreProgress;
import org.psmm.security.PsmmRole;

/**
 * /api/backups (admins): the backups in the backup directory, "back up now", download, and
 * restore, with the running restore's progress. A file is only ever found by a name that is exactly a backup's name in the directory.
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PsmmRole.ADMIN)
public class BackupResource {

    @EJB
    private BackupList backups;

    @EJB
    private BackupTaker taker;

    @EJB
    private BackupRestorer restorer;

    public record RestoreView(String fileName, String sha256, boolean restored) {
    }

    /** A running restore (running true, the rest filled), or none (running false, the rest null or 0). */
    public record RestoreProgressView(boolean running, String fileName, String by, String phase, long bytesRead,
            long bytesTotal, int percent, Instant startedAt) {

        static RestoreProgressView of(Optional<RestoreProgress> progress) {
            return progress.map(p -> new RestoreProgressView(true, p.fileName(), p.by(), p.phase().name(), p.bytesRead(),
                    p.bytesTotal(), p.percent(), p.startedAt()))
                    .orElse(new RestoreProgressView(false, null, null, null, 0, 0, 0, null));
        }
    }

    @GET
    public List<BackupEntry> list() {
        return backups.list();
    }

    /** Backs up now; 201 with the new backup, or the reason it failed (also alerted). */
    @POST
    public Response backUpNow(@Context SecurityContext security) {
        BackupEntry entry = taker.backUp(security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @GET
    @Path("{file}")
    @Produces({"application/gzip", MediaType.APPLICATION_JSON}) // JSON for the 404 of a name that is no backup
    public Response download(@PathParam("file") String file) {
        java.nio.file.Path path = backups.file(file).orElseThrow(() -> new BackupException(BackupException.Reason.NOT_FOUND,
                "There is no backup named '" + file + "'"));
        return Response.ok(path.toFile(), "application/gzip")
                .header("Content-Disposition", "attachment; filename=\"" + path.getFileName() + "\"")
                .build();
    }

    /** Where the running restore is: a restore answers only when done, which may take minutes. */
    @GET
    @Path("restore-progress")
    public RestoreProgressView restoreProgress() {
        return RestoreProgressView.of(restorer.restoreProgress());
    }

    /**
     * Verifies, pauses timers and jobs, loads, resumes. 422 for a damaged file, 409 for a backup of
     * another database unless ?otherDatabase=true says it is meant (nothing touched either way).
     */
    @POST
    @Path("{file}/restore")
    public RestoreView restore(@PathParam("file") String file, @jakarta.ws.rs.QueryParam("otherDatabase") boolean otherDatabase,
            @Context SecurityContext security) {
        String sha = restorer.restore(file, security.getUserPrincipal().getName(), otherDatabase);
        return new RestoreView(file, sha, true);
    }
}
