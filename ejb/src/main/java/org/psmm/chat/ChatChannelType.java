package org.psmm.chat;

/** What a chat channel's webhook expects. */
public enum ChatChannelType {
    /** A Google Chat space's incoming webhook: {@code {"text": ...}} with Chat's own markup. */
    GOOGLE_CHAT,
    /** Any JSON webhook (Slack, Mattermost, a script): {@code text} plus the event's fields. */
    WEBHOOK
}
