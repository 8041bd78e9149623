package org.psmm.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HostFormValidationTest {

    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static HostForm valid() {
        HostForm form = new HostForm();
        form.setName("web-01");
        form.setAddress("192.0.2.10");
        form.setTimeZone("Europe/Paris");
        return form;
    }

    private static Set<String> badFields(HostForm form) {
        return validator.validate(form).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aFormWithDefaultsIsValid() {
        HostForm form = valid();
        assertEquals(Set.of(), badFields(form));
        assertEquals(22, form.getSshPort());
        assertEquals("monitor", form.getSshUser());
    }

    @Test
    void ipv6AddressesAreAccepted() {
        HostForm form = valid();
        form.setAddress("2001:db8::10");
        assertEquals(Set.of(), badFields(form));
    }

    @Test
    void everyBadFieldIsNamed() {
        HostForm form = new HostForm();
        form.setName("");
        form.setAddress("host; rm -rf /");
        form.setSshPort(70000);
        form.setSshUser("Root User");
        form.setTimeZone("Mars/Olympus");
        assertEquals(Set.of("name", "address", "sshPort", "sshUser", "timeZone"), badFields(form));
    }

    @Test
    void unknownTimeZoneGetsAReadableMessage() {
        HostForm form = valid();
        form.setTimeZone("Europe/Atlantis");
        Set<ConstraintViolation<HostForm>> violations = validator.validate(form);
        assertEquals(1, violations.size());
        assertTrue(violations.iterator().next().getMessage().contains("time zone"));
    }

    @Test
    void namesWithShellOrSpacesAreRefused() {
        for (String name : new String[] {"a b", "$(id)", "-leading-dash", "x".repeat(65)}) {
            HostForm form = valid();
            form.setName(name);
            assertEquals(Set.of("name"), badFields(form), name);
        }
    }
}
