package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.psmm.chat.ChatChannel;
import org.psmm.chat.ChatChannelService;
import org.psmm.chat.ChatTestMessage;
import org.psmm.chat.InvalidChatChannelException;
import org.psmm.notify.Notification;
import org.psmm.notify.NotificationStatus;

/** The chat channels of settings.xhtml: add one (its URL is never shown back), test, switch off, delete. */
@Named
@ViewScoped
public class ChatChannelsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChatChannelService channels;

    @EJB
    private ChatTestMessage testMessage;

    private List<ChatChannel> rows;
    private String newUrl;
    private String name;
    private String type = "GOOGLE_CHAT";
    private String url;

    @PostConstruct
    void load() {
        rows = channels.list();
    }

    public List<ChatChannel> getRows() {
        return rows;
    }

    public void add() {
        try {
            ChatChannel c = channels.create(name, type, url);
            ConsoleMessages.info(ConsoleMessages.text("chat.added", c.getName()));
            name = null;
            url = null;
        } catch (InvalidChatChannelException e) {
            ConsoleMessages.fieldError("chatForm:chat-" + e.field(), ConsoleMessages.text("chat.invalid." + e.field()));
        }
        load();
    }

    public void test(ChatChannel c) {
        String by = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Notification n = testMessage.send(c.getId(), by).orElseThrow();
        if (n.getStatus() == NotificationStatus.SENT) {
            ConsoleMessages.info(ConsoleMessages.text("chat.testSent", c.getName()));
        } else {
            ConsoleMessages.error(ConsoleMessages.text("chat.testFailed", c.getName(), n.getLastError()));
        }
    }

    /** A channel restored from another PSMM's backup: this PSMM cannot read its URL. */
    public boolean toEnterAgain(ChatChannel c) {
        return channels.urlToEnterAgain(c);
    }

    public void changeUrl(ChatChannel c) {
        try {
            channels.changeUrl(c.getId(), newUrl);
            ConsoleMessages.info(ConsoleMessages.text("chat.urlSaved", c.getName()));
        } catch (InvalidChatChannelException e) {
            ConsoleMessages.error(ConsoleMessages.text("chat.invalid." + e.field()));
        } finally {
            newUrl = null;
        }
        load();
    }

    public String getNewUrl() {
        return null; // a secret: never sent back to the browser
    }

    public void setNewUrl(String newUrl) {
        this.newUrl = newUrl;
    }

    public void toggle(ChatChannel c) {
        channels.setEnabled(c.getId(), !c.isEnabled());
        load();
    }

    public void delete(ChatChannel c) {
        channels.delete(c.getId());
        ConsoleMessages.info(ConsoleMessages.text("chat.deleted", c.getName()));
        load();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
