package org.psmm.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.psmm.update.InvalidUpdateOptionException;
import org.psmm.update.UpdateConflictException;

/** System updates' expected failures as JSON answers: 409 while a host updates, 400 for bad options. */
public final class UpdateExceptionMappers {

    private UpdateExceptionMappers() {
    }

    static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ApiError.of(message)).build();
    }

    @Provider
    public static class Conflict implements ExceptionMapper<UpdateConflictException> {
        @Override
        public Response toResponse(UpdateConflictException e) {
            return json(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class InvalidOption implements ExceptionMapper<InvalidUpdateOptionException> {
        @Override
        public Response toResponse(InvalidUpdateOptionException e) {
            return json(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }
}
