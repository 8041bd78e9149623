package org.psmm.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.core.ssh.SshException;
import org.psmm.error.PsmmException;

/**
 * Every failure of the API answers one way: a status and an {@link ApiError} body. PSMM's own
 * failures carry their kind ({@link PsmmException}); the framework's (a wrong method, a missing
 * resource, a body it cannot read) keep their status; anything else is a 500 whose details go to
 * the server log only, never to the caller.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    static Response json(Response.Status status, ApiError error) {
        return json(status.getStatusCode(), error);
    }

    /** For statuses Response.Status does not name (422). */
    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }

    static int status(PsmmException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT, BUSY -> 409;
            case DAMAGED -> 422;
            case UNAVAILABLE -> 503;
            case FAILED -> 500;
        };
    }

    static Response of(PsmmException e) {
        List<ApiError.FieldError> fields = e.field() == null ? List.of()
                : List.of(new ApiError.FieldError(e.field(), e.fieldMessage()));
        return json(status(e.kind()), new ApiError(e.getMessage(), fields));
    }

    @Provider
    public static class Psmm implements ExceptionMapper<PsmmException> {
        @Override
        public Response toResponse(PsmmException e) {
            return of(e);
        }
    }

    /** 400 naming each bad field ("name", "sshPort"), not the Java method path RESTEasy reports. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(ApiError.FieldError::field))
                    .toList();
            return json(Response.Status.BAD_REQUEST, new ApiError("Invalid request: " + fields.size()
                    + " field(s) to correct", fields));
        }

        private static String fieldName(ConstraintViolation<?> v) {
            String last = null;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.PROPERTY) {
                    last = node.getName();
                }
            }
            return last != null ? last : "body";
        }
    }

    /** The host did not let PSMM in (unreachable, timeout, key refused...): the gateway failed. */
    @Provider
    public static class Ssh implements ExceptionMapper<SshException> {
        @Override
        public Response toResponse(SshException e) {
            return json(Response.Status.BAD_GATEWAY, new ApiError(e.getMessage(),
                    List.of(new ApiError.FieldError("ssh", e.kind().name()))));
        }
    }

    /** The framework's own answers (404, 405, 415, 401...) in the same shape; a built answer as is. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response given = e.getResponse();
            if (given.hasEntity()) {
                return given;
            }
            Response.StatusType status = given.getStatusInfo();
            String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    || e.getMessage().startsWith("RESTEASY") ? status.getReasonPhrase() : e.getMessage();
            Response.ResponseBuilder answer = Response.fromResponse(given).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(message));
            return answer.build();
        }
    }

    /**
     * A body the endpoint cannot read (malformed JSON, a wrong type, an unknown enum value) is the
     * caller's mistake: 400, in words that name no internal class. Anything else that fails in the
     * framework's readers and writers is PSMM's: 500.
     */
    @Provider
    public static class Body implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            if (java.util.Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getMethodName().equals("readFrom"))) {
                return json(Response.Status.BAD_REQUEST, new ApiError("The request body is not the JSON this endpoint takes:"
                        + " malformed, a value of the wrong type, or a value that is not one of those allowed",
                        List.of(new ApiError.FieldError("body", "cannot be read"))));
            }
            return new Unexpected().toResponse(e);
        }
    }

    /**
     * What nobody expected, and what an EJB wrapped: a PSMM failure inside is answered as such, a
     * role an EJB refused is 403, and the rest is a 500 that tells the caller nothing internal.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e;
            while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof PsmmException p) {
                return of(p);
            }
            if (cause instanceof EJBAccessException) {
                return json(Response.Status.FORBIDDEN, ApiError.of("Your role does not allow this"));
            }
            if (cause instanceof WebApplicationException w) {
                return new Web().toResponse(w);
            }
            if (cause instanceof ConstraintViolationException v) {
                return new Validation().toResponse(v);
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return json(Response.Status.INTERNAL_SERVER_ERROR,
                    ApiError.of("PSMM could not answer this request; the server log says why"));
        }
    }
}
