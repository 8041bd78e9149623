package org.psmm.core.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

class FeedProxyTest {

    @Test
    void theProxyVariableIsReadAsUsualAndLoopbackGoesDirect() {
        FeedProxy p = FeedProxy.of("http://proxy.lan:3128/", "intranet.example, .corp").orElseThrow();
        assertEquals("proxy.lan:3128", p.address());
        assertEquals(Proxy.Type.HTTP, p.select(URI.create("https://www.cert.ssi.gouv.fr/avis/feed/")).get(0).type());
        assertTrue(p.direct("127.0.0.1"));
        assertTrue(p.direct("localhost"));
        assertTrue(p.direct("intranet.example"));
        assertTrue(p.direct("feeds.intranet.example"));
        assertTrue(p.direct("x.corp"));
        assertFalse(p.direct("www.cert.ssi.gouv.fr"));
        assertEquals("proxy.lan:80", FeedProxy.of("proxy.lan", null).orElseThrow().address());
        assertTrue(FeedProxy.of(" ", null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> FeedProxy.of("http://u:secret@proxy:3128", null));
    }
}
