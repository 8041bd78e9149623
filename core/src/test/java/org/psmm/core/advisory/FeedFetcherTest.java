package org.psmm.core.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** A feed's error is shown to people: words, never Java's class names. */
class FeedFetcherTest {

    @Test
    void errorsAreWordsNotClassNames() {
        assertEquals("connection refused", FeedFetcher.describe(new ConnectException()));
        assertEquals("unknown host www.cert.ssi.gouv.fr", FeedFetcher.describe(new UnknownHostException("www.cert.ssi.gouv.fr")));
        assertEquals("malformed XML: bad", FeedFetcher.plain("malformed XML: javax.xml.stream.XMLStreamException: bad"));
        assertFalse(FeedFetcher.describe(new java.io.IOException("java.io.EOFException: closed")).contains("Exception"));
    }
}
