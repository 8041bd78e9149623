package org.psmm.host;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

/** A time zone name Java knows ("Europe/Paris", "UTC"): log times are read in it. */
@Documented
@Constraint(validatedBy = ValidZoneId.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidZoneId {

    String message() default "{org.psmm.host.ValidZoneId.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Blank values are left to @NotBlank. */
    class Validator implements ConstraintValidator<ValidZoneId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                ZoneId.of(value.trim());
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
