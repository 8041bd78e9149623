package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.psmm.notify.Notification;
import org.psmm.notify.NotificationStatus;
import org.psmm.notify.Outbox;

/** notifications.xhtml: the outbox, sent, pending and failed with the last error. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Outbox outbox;

    private NotificationStatus status;
    private List<Notification> rows;

    @PostConstruct
    public void search() {
        rows = outbox.list(status, 1000);
    }

    public List<Notification> getRows() {
        return rows;
    }

    public NotificationStatus[] getStatuses() {
        return NotificationStatus.values();
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public void setStatus(NotificationStatus status) {
        this.status = status;
    }
}
