package org.psmm.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.psmm.backup.BackupException;

/** 404 no such backup, 422 damaged (nothing touched), 409 another backup or restore runs, 500 failed. */
@Provider
public class BackupExceptionMapper implements ExceptionMapper<BackupException> {

    @Override
    public Response toResponse(BackupException e) {
        int status = switch (e.reason()) {
            case NOT_FOUND -> 404;
            case DAMAGED -> 422;
            case BUSY -> 409;
            case FAILED -> 500;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ApiError.of(e.getMessage())).build();
    }
}
