package org.psmm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChatMessageTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void googleChatGetsBoldTitleAndDetailAsText() {
        JsonObject o = parse(new ChatMessage("HOST_DOWN", "lab-web is down", "no contact for 30 min").json(ChatChannelType.GOOGLE_CHAT));
        assertEquals("*lab-web is down*\nno contact for 30 min", o.getString("text"));
        assertEquals(1, o.size(), "Google Chat's simple message is text only");
    }

    @Test
    void aUserNameFromALogCannotMentionEveryoneOrHideALinkInGoogleChat() {
        String hostile = "<users/all> <https://evil.example/|click here> \"quoted\" \\ \u0007";
        String text = parse(new ChatMessage("FAILED_LOGIN_BURST", "25 failed logins from 10.0.0.9", "users tried: " + hostile)
                .json(ChatChannelType.GOOGLE_CHAT)).getString("text");
        assertFalse(text.contains("<"), text);
        assertFalse(text.contains(">"), text);
        assertFalse(text.contains("\u0007"), text);
        assertTrue(text.contains("\u2039users/all\u203A"), text);
        assertTrue(text.contains("\"quoted\" \\"), "quotes and backslashes survive JSON encoding: " + text);
    }

    @Test
    void genericWebhookGetsSlackEscapedTextAndRawFields() {
        JsonObject o = parse(new ChatMessage("ALERT_RAISED", "lab-sql: DISK /var at 95 %", "a <b> & c").json(ChatChannelType.WEBHOOK));
        assertEquals("lab-sql: DISK /var at 95 %\na &lt;b&gt; &amp; c", o.getString("text"));
        assertEquals("alert_raised", o.getString("event"));
        assertEquals("lab-sql: DISK /var at 95 %", o.getString("title"));
        assertEquals("a <b> & c", o.getString("detail"));
        assertEquals("psmm", o.getString("source"));
    }

    @Test
    void maskedUrlKeepsOnlySchemeHostAndPort() {
        assertEquals("https://chat.googleapis.com/…",
                org.psmm.secret.SecretShown.url("https://chat.googleapis.com/v1/spaces/AAA/messages?key=SECRET&token=SECRET"));
        assertEquals("http://127.0.0.1:8999/…", org.psmm.secret.SecretShown.url("http://127.0.0.1:8999/hook/secret"));
    }

    @Test
    void onlyHttpUrlsWithAHostAreAccepted() {
        assertEquals("https://x.example/hook", ChatChannelService.checkedUrl("  https://x.example/hook "));
        for (String bad : new String[] {"", "file:///etc/passwd", "ftp://x/", "https:///nohost", "not a url", "javascript:alert(1)"}) {
            InvalidChatChannelException e = assertThrows(InvalidChatChannelException.class, () -> ChatChannelService.checkedUrl(bad), bad);
            assertEquals("url", e.field());
        }
    }
}
