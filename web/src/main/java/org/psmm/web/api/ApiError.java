package org.psmm.web.api;

import java.util.List;

/** The body of every API error: a sentence for people, and the bad fields when there are some. */
public record ApiError(String error, List<FieldError> fields) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }
}
