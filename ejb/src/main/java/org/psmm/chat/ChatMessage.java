package org.psmm.chat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * One chat message, turned into the JSON a channel type expects. Titles and details hold what
 * came from logs and servers, so both renderings neutralise what the receiver would interpret:
 * Google Chat turns {@code <users/all>} into a mention of everyone and {@code <url|text>} into a
 * disguised link, and has no escape for them, so angle brackets become look-alike guillemets;
 * Slack-style receivers document {@code &amp; &lt; &gt;} as their escapes for {@code text}, and
 * get the raw fields beside it, JSON-escaped, for their own rendering.
 *
 * @param event  the event's name (e.g. ALERT_RAISED, STATUS, TEST)
 * @param title  one line
 * @param detail more lines, or empty
 */
public record ChatMessage(String event, String title, String detail) {

    public ChatMessage {
        detail = detail == null ? "" : detail;
    }

    public String json(ChatChannelType type) {
        return switch (type) {
            case GOOGLE_CHAT -> Json.createObjectBuilder()
                    .add("text", googleChatText())
                    .build().toString();
            case WEBHOOK -> webhook().build().toString();
        };
    }

    String googleChatText() {
        String t = "*" + plainForGoogleChat(title) + "*";
        return detail.isEmpty() ? t : t + "\n" + plainForGoogleChat(detail);
    }

    private JsonObjectBuilder webhook() {
        String text = slackEscape(title) + (detail.isEmpty() ? "" : "\n" + slackEscape(detail));
        return Json.createObjectBuilder()
                .add("text", text)
                .add("source", "psmm")
                .add("event", event.toLowerCase(Locale.ROOT))
                .add("title", title)
                .add("detail", detail);
    }

    /** Chat markup starts with '<' (mentions, links) and '*', '_', '~', '`' (styles): styles only render. */
    static String plainForGoogleChat(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append('\u2039');
                case '>' -> out.append('\u203A');
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    static String slackEscape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
