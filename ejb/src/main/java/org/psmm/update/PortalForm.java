package org.psmm.update;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A site's captive portal as an admin enters it. An empty password keeps the stored one.
 * toString leaves the password out, so a validation message or a log never carries it.
 */
public record PortalForm(
        @Size(max = 64) String site,
        @NotBlank @Size(max = 1024) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http:// or https:// URL") String loginUrl,
        @NotBlank @Size(max = 1024) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http:// or https:// URL") String logoutUrl,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.\\[\\]-]+", message = "must be a form field name") String userField,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.\\[\\]-]+", message = "must be a form field name") String passwordField,
        @NotBlank @Size(max = 255) String user,
        @Size(max = 255) String password) {

    @Override
    public String toString() {
        return "PortalForm[site=" + site + ", loginUrl=" + loginUrl + ", logoutUrl=" + logoutUrl + ", user=" + user + "]";
    }
}
