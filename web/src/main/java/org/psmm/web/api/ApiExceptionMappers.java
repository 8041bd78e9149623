package org.psmm.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.psmm.chat.InvalidChatChannelException;
import org.psmm.host.DuplicateHostNameException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import org.psmm.batch.JobConflictException;
import org.psmm.core.ssh.SshException;
import org.psmm.logsource.DuplicateLogSourceException;
import org.psmm.logsource.InvalidLogSourceException;
import org.psmm.logsource.LogSourceNotFoundException;
import org.psmm.host.HostKeyNotConfirmedException;
import org.psmm.host.HostNotFoundException;
import org.psmm.ssh.HostKeyNotPinnedException;
import org.psmm.backup.BackupException;
import org.psmm.settings.InvalidSettingException;
import org.psmm.update.InvalidUpdateOptionException;
import org.psmm.update.UpdateConflictException;

/** Turns PSMM's expected failures into JSON answers with the right status. */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Response json(Response.Status status, ApiError error) {
        return json(status.getStatusCode(), error);
    }

    /** For statuses Response.Status does not name (422). */
    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
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
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                    last = node.getName();
                }
            }
            return last != null ? last : "body";
        }
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<DuplicateHostNameException> {
        @Override
        public Response toResponse(DuplicateHostNameException e) {
            return json(Response.Status.CONFLICT, new ApiError(e.getMessage(),
                    List.of(new ApiError.FieldError("name", "already used by another host"))));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<HostNotFoundException> {
        @Override
        public Response toResponse(HostNotFoundException e) {
            return json(Response.Status.NOT_FOUND, ApiError.of(e.getMessage()));
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

    @Provider
    public static class KeyNotConfirmed implements ExceptionMapper<HostKeyNotConfirmedException> {
        @Override
        public Response toResponse(HostKeyNotConfirmedException e) {
            return json(Response.Status.CONFLICT, new ApiError(e.getMessage(),
                    List.of(new ApiError.FieldError("fingerprint", "is not the key the host presents"))));
        }
    }

    @Provider
    public static class KeyNotPinned implements ExceptionMapper<HostKeyNotPinnedException> {
        @Override
        public Response toResponse(HostKeyNotPinnedException e) {
            return json(Response.Status.CONFLICT, ApiError.of(e.getMessage()));
        }
    }

    @Provider
    public static class ChatChannel implements ExceptionMapper<InvalidChatChannelException> {
        @Override
        public Response toResponse(InvalidChatChannelException e) {
            return json(Response.Status.BAD_REQUEST, new ApiError(e.getMessage(),
                    List.of(new ApiError.FieldError(e.field(), e.getMessage()))));
        }
    }

    @Provider
    public static class JobConflict implements ExceptionMapper<JobConflictException> {
        @Override
        public Response toResponse(JobConflictException e) {
            return json(Response.Status.CONFLICT, ApiError.of(e.getMessage()));
        }
    }

    @Provider
    public static class JobRestart implements ExceptionMapper<JobRestartException> {
        @Override
        public Response toResponse(JobRestartException e) {
            return json(Response.Status.CONFLICT, ApiError.of("This execution cannot be restarted: " + e.getMessage()));
        }
    }

    @Provider
    public static class JobNotRunning implements ExceptionMapper<JobExecutionNotRunningException> {
        @Override
        public Response toResponse(JobExecutionNotRunningException e) {
            return json(Response.Status.CONFLICT, ApiError.of("This execution is not running"));
        }
    }

    @Provider
    public static class NoSuchExecution implements ExceptionMapper<NoSuchJobExecutionException> {
        @Override
        public Response toResponse(NoSuchJobExecutionException e) {
            return json(Response.Status.NOT_FOUND, ApiError.of("No such job execution"));
        }
    }

    @Provider
    public static class DuplicateSource implements ExceptionMapper<DuplicateLogSourceException> {
        @Override
        public Response toResponse(DuplicateLogSourceException e) {
            return json(Response.Status.CONFLICT, new ApiError(e.getMessage(),
                    List.of(new ApiError.FieldError("path", "already read on this host"))));
        }
    }

    @Provider
    public static class InvalidSource implements ExceptionMapper<InvalidLogSourceException> {
        @Override
        public Response toResponse(InvalidLogSourceException e) {
            return json(Response.Status.BAD_REQUEST, new ApiError(e.getMessage(),
                    List.of(new ApiError.FieldError(e.getField(), e.getMessage()))));
        }
    }

    @Provider
    public static class SourceNotFound implements ExceptionMapper<LogSourceNotFoundException> {
        @Override
        public Response toResponse(LogSourceNotFoundException e) {
            return json(Response.Status.NOT_FOUND, ApiError.of(e.getMessage()));
        }
    }

    /** A report day that is not a date, or in the future. */
    @Provider
    public static class ReportDay implements ExceptionMapper<org.psmm.report.ReportDayException> {
        @Override
        public Response toResponse(org.psmm.report.ReportDayException e) {
            return json(Response.Status.BAD_REQUEST, new ApiError(e.getMessage(),
                    List.of(new ApiError.FieldError("day", e.getMessage()))));
        }
    }

    /** A report with no administrator address to go to. */
    @Provider
    public static class NoRecipients implements ExceptionMapper<org.psmm.report.NoReportRecipientsException> {
        @Override
        public Response toResponse(org.psmm.report.NoReportRecipientsException e) {
            return json(Response.Status.CONFLICT, ApiError.of(e.getMessage()));
        }
    }

    /** 404 no such backup, 422 damaged (nothing touched), 409 another backup or restore runs, 500 failed. */
    @Provider
    public static class Backup implements ExceptionMapper<BackupException> {
        @Override
        public Response toResponse(BackupException e) {
            int status = switch (e.reason()) {
                case NOT_FOUND -> 404;
                case DAMAGED -> 422;
                case BUSY -> 409;
                case FAILED -> 500;
            };
            return json(status, ApiError.of(e.getMessage()));
        }
    }

    /** 400 naming the setting and what is wrong with its value. */
    @Provider
    public static class InvalidSetting implements ExceptionMapper<InvalidSettingException> {
        @Override
        public Response toResponse(InvalidSettingException e) {
            return json(Response.Status.BAD_REQUEST, new ApiError("Invalid setting: " + e.getMessage(),
                    List.of(new ApiError.FieldError(e.key(), e.getMessage()))));
        }
    }

    /** 409 while the host is already updating. */
    @Provider
    public static class UpdateConflict implements ExceptionMapper<UpdateConflictException> {
        @Override
        public Response toResponse(UpdateConflictException e) {
            return json(Response.Status.CONFLICT, ApiError.of(e.getMessage()));
        }
    }

    /** 400 for update options that make no sense (an unknown host, a bad portal). */
    @Provider
    public static class InvalidUpdateOption implements ExceptionMapper<InvalidUpdateOptionException> {
        @Override
        public Response toResponse(InvalidUpdateOptionException e) {
            return json(Response.Status.BAD_REQUEST, ApiError.of(e.getMessage()));
        }
    }
}
