package org.psmm.chat;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.psmm.notify.Notification;
import org.psmm.notify.NotificationTransport;

/**
 * Posts one outbox message to its chat channel's webhook with the JDK's HTTP client. A 2xx is
 * delivered; 408, 429, a 5xx, a timeout or a refused connection may pass and are retried; any
 * other answer (a wrong or revoked URL) will not, and gives up. Errors name the channel and the
 * status, never the URL, which is a secret.
 */
@ApplicationScoped
public class ChatTransport implements NotificationTransport {

    @EJB
    private ChatChannelService channels;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String channel() {
        return Notification.CHAT;
    }

    @Override
    public void send(Notification n) throws DeliveryFailure {
        long channelId = n.chatChannelId();
        if (channelId < 0) {
            throw new DeliveryFailure("not a chat recipient: " + n.getRecipient(), true, null);
        }
        if (channels.find(channelId).isEmpty()) {
            throw new DeliveryFailure("chat channel " + channelId + " was deleted", true, null);
        }
        Optional<String> url = channels.webhookUrl(channelId);
        if (url.isEmpty()) {
            throw new DeliveryFailure("the webhook URL of chat channel " + channelId + " must be entered again: this PSMM cannot"
                    + " read it (restored from another PSMM's backup)", true, null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.get()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(n.getBodyText(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailure("chat channel " + channelId + " unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + withoutUrl(e.getMessage(), url.get())), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while posting to chat channel " + channelId, false, null);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        boolean retry = status == 408 || status == 429 || status >= 500;
        throw new DeliveryFailure("chat channel " + channelId + " answered HTTP " + status
                + (retry ? "" : ": check its webhook URL"), !retry, null);
    }

    private static String withoutUrl(String message, String url) {
        return message.replace(url, org.psmm.secret.SecretShown.url(url));
    }
}
