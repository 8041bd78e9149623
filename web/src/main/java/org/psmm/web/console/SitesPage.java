package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.psmm.error.PsmmException;
import org.psmm.site.SiteForm;
import org.psmm.site.SiteService;
import org.psmm.site.SiteSummary;

/** sites.xhtml: every site with its hosts and devices and how they are doing; describe, rename, remove. */
@Named
@ViewScoped
public class SitesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SiteService sites;

    private List<SiteSummary> list;
    private SiteForm form = new SiteForm();
    private Long editingId;

    @PostConstruct
    void load() {
        list = sites.list();
    }

    public List<SiteSummary> getList() {
        return list;
    }

    public SiteForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public void openNew() {
        form = new SiteForm();
        editingId = null;
    }

    /** Describes a site that hosts only name, or edits a described one. */
    public void edit(SiteSummary s) {
        form = new SiteForm();
        form.setName(s.name());
        form.setRegion(s.region());
        form.setAddress(s.address());
        form.setNotes(s.notes());
        editingId = s.id();
    }

    public void save() {
        try {
            if (editingId == null) {
                sites.create(form);
            } else {
                sites.update(editingId, form);
            }
            ConsoleMessages.info(ConsoleMessages.text("site.saved", form.getName()));
            PrimeFaces.current().executeScript("PF('siteDialog').hide()");
            load();
        } catch (PsmmException e) {
            if (e.field() != null) {
                ConsoleMessages.fieldError("siteForm:" + e.field(), e.fieldMessage());
            } else {
                ConsoleMessages.error(e.getMessage());
            }
        }
    }

    public void delete(SiteSummary s) {
        try {
            sites.delete(s.id());
            ConsoleMessages.info(ConsoleMessages.text("site.deleted", s.name()));
        } catch (PsmmException e) {
            ConsoleMessages.error(e.getMessage());
        }
        load();
    }
}
