package org.psmm.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.psmm.settings.InvalidSettingException;

/** 400 naming the setting and what is wrong with its value. */
@Provider
public class SettingsExceptionMapper implements ExceptionMapper<InvalidSettingException> {
    @Override
    public Response toResponse(InvalidSettingException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("Invalid setting: " + e.getMessage(),
                        List.of(new ApiError.FieldError(e.key(), e.getMessage()))))
                .build();
    }
}
