package org.psmm.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types to describe a site: {@code {"name","region","address","notes"}}. */
public class SiteForm {

    @NotBlank
    @Size(max = 64)
    private String name;

    @Size(max = 64)
    private String region;

    @Size(max = 255)
    private String address;

    @Size(max = 2000)
    private String notes;

    public static SiteForm of(Site s) {
        SiteForm f = new SiteForm();
        f.name = s.getName();
        f.region = s.getRegion();
        f.address = s.getAddress();
        f.notes = s.getNotes();
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
