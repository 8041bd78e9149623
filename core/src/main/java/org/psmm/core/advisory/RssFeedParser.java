package org.psmm.core.advisory;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.psmm.core.notify.PlainText;

/**
 * Reads an RSS 2.0 document as CERT-FR writes it (rss/channel/item with title, link, guid,
 * pubDate, description). Safe on hostile input: the JDK's own StAX reader with DTDs and external
 * entities off, and a document that carries a DTD at all is refused whole (a billion-laughs
 * document never expands). Item texts are cut to the lengths PSMM stores.
 */
public final class RssFeedParser {

    public static final int MAX_TITLE = 500;
    public static final int MAX_LINK = 500;
    public static final int MAX_SUMMARY = 2000;
    static final int MAX_ITEMS = 2000;

    private static final Pattern UPDATED_MARK = Pattern.compile("^\\s*\\[\\s*M[aàAÀ]J\\s*]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLETIN = Pattern.compile("^\\s*Bulletin d['’]actualit[ée]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final XMLInputFactory factory;

    public RssFeedParser() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** Reads the document (UTF-8 unless its declaration says otherwise). */
    public ParsedFeed parse(InputStream in) throws FeedFormatException {
        XMLStreamReader r;
        try {
            r = factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new FeedFormatException("not XML: " + e.getMessage(), e);
        }
        try {
            return read(r);
        } catch (XMLStreamException e) {
            throw new FeedFormatException("malformed XML: " + firstLine(e.getMessage()), e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }

    private ParsedFeed read(XMLStreamReader r) throws XMLStreamException, FeedFormatException {
        boolean root = true;
        Map<String, FeedItem> items = new LinkedHashMap<>();
        int ignored = 0;
        int rejected = 0;
        int seen = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new FeedFormatException("the feed carries a DTD: refused");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new FeedFormatException("the feed refers to an undeclared entity: refused");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (root) {
                if (!"rss".equals(r.getLocalName())) {
                    throw new FeedFormatException("not an RSS document (root element " + printable(r.getLocalName()) + ")");
                }
                root = false;
                continue;
            }
            if (!"item".equals(r.getLocalName())) {
                continue;
            }
            if (++seen > MAX_ITEMS) {
                throw new FeedFormatException("more than " + MAX_ITEMS + " items: refused");
            }
            Map<String, String> fields = itemFields(r);
            Outcome o = item(fields);
            if (o.item != null) {
                items.putIfAbsent(o.item.reference().value(), o.item);
            } else if (o.ignored) {
                ignored++;
            } else {
                rejected++;
            }
        }
        if (root) {
            throw new FeedFormatException("empty document");
        }
        return new ParsedFeed(new ArrayList<>(items.values()), ignored, rejected);
    }

    /** The texts of an item's direct children, by local name (the first of each). */
    private static Map<String, String> itemFields(XMLStreamReader r) throws XMLStreamException, FeedFormatException {
        Map<String, String> fields = new HashMap<>();
        int depth = 1;
        String field = null;
        StringBuilder text = new StringBuilder();
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (depth == 2) {
                        field = r.getLocalName();
                        text.setLength(0);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 2 && field != null) {
                        fields.putIfAbsent(field, text.toString());
                        field = null;
                    }
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth >= 2 && text.length() < 16 * MAX_SUMMARY) {
                        text.append(r.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new FeedFormatException("the feed refers to an undeclared entity: refused");
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the document ends inside an item");
                default -> {
                    // comments, processing instructions
                }
            }
        }
        return fields;
    }

    private record Outcome(FeedItem item, boolean ignored) {
    }

    private static Outcome item(Map<String, String> f) {
        String rawTitle = oneLine(f.get("title"));
        String link = oneLine(f.get("link"));
        String guid = oneLine(f.get("guid"));
        if (BULLETIN.matcher(rawTitle).find() || link.contains("/actualite/")) {
            return new Outcome(null, true);
        }
        var reference = AdvisoryReference.find(link, guid, rawTitle);
        if (reference.isEmpty()) {
            return new Outcome(null, true);
        }
        var updatedMark = UPDATED_MARK.matcher(rawTitle);
        boolean updated = updatedMark.find();
        String title = cut(updated ? rawTitle.substring(updatedMark.end()) : rawTitle, MAX_TITLE);
        Instant published = date(oneLine(f.get("pubDate")));
        if (title.isEmpty() || published == null || !webAddress(link)) {
            return new Outcome(null, false);
        }
        return new Outcome(new FeedItem(reference.get(), title, updated, published, cut(link, MAX_LINK),
                summary(f.get("description"))), false);
    }

    /** CERT-FR's descriptions are markdown cut at ~300 characters: escapes removed, one line. */
    static String summary(String description) {
        if (description == null) {
            return "";
        }
        String s = MARKDOWN_ESCAPE.matcher(description).replaceAll("$1").replace("**", "");
        return cut(oneLine(s), MAX_SUMMARY);
    }

    private static Instant date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Only http(s) links with a host are kept: a link is put in pages as an href. */
    private static boolean webAddress(String link) {
        if (link.isEmpty() || link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI u = new URI(link);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whitespace runs (newlines included) become one space; control characters go. */
    static String oneLine(String s) {
        return SPACES.matcher(PlainText.withoutControls(s)).replaceAll(" ").strip();
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String printable(String s) {
        return cut(oneLine(s), 60);
    }

    private static String firstLine(String message) {
        return message == null ? "" : cut(oneLine(message), 300);
    }
}
