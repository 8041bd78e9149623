package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.psmm.core.logs.Parsing.assertFailure;
import static org.psmm.core.logs.Parsing.none;
import static org.psmm.core.logs.Parsing.one;

import org.junit.jupiter.api.Test;

/** Apache, nginx and xrdp. */
class WebAndRdpLogParsersTest {

    @Test
    void apache24() {
        assertFailure(one(LogFormat.APACHE, "[Sat Jul 20 21:37:32.266605 2013] [auth_basic:error] [pid 17512:tid 140123079128832] [client 127.0.0.1:51386] AH01618: user bob not found: /basic/file"),
                FailureKind.AUTH, "bob", "127.0.0.1", "2013-07-20T21:37:32");
        assertFailure(one(LogFormat.APACHE, "[Sat Jul 20 21:39:11.978080 2013] [auth_basic:error] [pid 17512:tid 1] [client 192.0.2.3:51390] AH01617: user john doe: authentication failure for \"/basic/file\": Password Mismatch"),
                FailureKind.AUTH, "john doe", "192.0.2.3", "2013-07-20T21:39:11");
        assertEquals(FailureKind.PROBE, one(LogFormat.APACHE, "[Sun Sep 14 21:44:43.008606 2014] [authz_core:error] [pid 10691] [client 192.3.9.178:44271] AH01630: client denied by server configuration: /var/www/html/x").kind());
        assertEquals("2001:db8::80da:af6b:8b2c", one(LogFormat.APACHE, "[Sat Jul 20 22:11:44.147674 2013] [authz_owner:error] [pid 17540:tid 1] [client [2001:db8::80da:af6b:8b2c]:51548] AH01637: Authorization of user t to access /b failed, reason: x").ip());
        assertEquals("::1", one(LogFormat.APACHE, "[Sat Jul 20 21:37:32.266605 2013] [auth_basic:error] [pid 1:tid 2] [client ::1:59524] AH01618: user bob not found: /").ip());
        assertEquals("192.0.2.111", one(LogFormat.APACHE, "[Mon Nov 06 13:39:56.637868 2023] [auth_basic:error] [pid 3175001:tid 1] [remote 192.0.2.111:35924] AH01618: user whatever not found: /admin").ip());
        assertEquals(FailureKind.PROBE, one(LogFormat.APACHE, "[Sun Jul 28 21:18:11.769228 2013] [auth_digest:error] [pid 24752:tid 1] [client 127.0.0.1:56964] AH01777: invalid nonce x received - user attempted time travel").kind());
        none(LogFormat.APACHE, "[Sun Jul 28 21:18:11.769228 2013] [auth_digest:error] [pid 24752:tid 1] [client 127.0.0.1:56964] AH01776: invalid nonce x received - hash is not y");
        none(LogFormat.APACHE, "[Thu Oct 17 18:43:40.160521 2019] [evasive20:error] [pid 22589] [client 192.0.2.1:56175] client denied by server configuration: /path/index.php");
    }

    @Test
    void apache22AndSyslog() {
        assertFailure(one(LogFormat.APACHE, "[Thu Jul 11 01:21:44 2013] [error] [client 2001:db8::80da:af6b:8b2c] user test-ipv6 not found: /"),
                FailureKind.AUTH, "test-ipv6", "2001:db8::80da:af6b:8b2c", "2013-07-11T01:21:44");
        assertEquals("192.0.2.1", one(LogFormat.APACHE, "Feb 15 16:23:00 srv httpd[22034]: [authz_core:error] [pid 22034] [client 192.0.2.1:58585] AH01630: client denied by server configuration: /home/www/").ip());
        assertEquals("192.0.2.8", one(LogFormat.APACHE, "[Sat Jul 20 21:37:32.266605 2013] [auth_basic:error] [pid 1:tid 2] [client 192.0.2.8:5] [client 6.6.6.6:1] AH01618: user bob not found: /").ip());
        // The message quotes the path, which the client chose: the address is the prefix's.
        none(LogFormat.APACHE, "[Sat Jun 01 02:17:42 2013] [error] [client 192.168.33.1] File does not exist: /srv/http/site/[client 192.168.0.1] user root not found");
    }

    @Test
    void nginx() {
        assertFailure(one(LogFormat.NGINX, "2026/11/23 19:20:56 [error] 27368#27368: *6 user \"john doe\" was not found in \"/etc/nginx/htpasswd\", client: 127.0.0.77, server: lab-web, request: \"GET / HTTP/1.1\", host: \"127.0.0.12\""),
                FailureKind.AUTH, "john doe", "127.0.0.77", "2026-11-23T19:20:56");
        assertFailure(one(LogFormat.NGINX, "2012/04/09 11:53:36 [error] 2865#0: *66647 user \"xyz\": password mismatch, client: 2001:db8::5, server: www.myhost.com, request: \"GET / HTTP/1.1\", host: \"www.myhost.com\", referrer: \"https://x/\""),
                FailureKind.AUTH, "xyz", "2001:db8::5", "2012-04-09T11:53:36");
        assertEquals("username", one(LogFormat.NGINX, "2025/09/07 21:20:40 [error] 23141#23141: *24470 PAM: user 'username' - not authenticated: Authentication failure, client: 192.0.2.120, server: webdav, request: \"GET / HTTP/2.0\", host: \"webdav\"").user());
        none(LogFormat.NGINX, "2026/11/23 19:20:56 [error] 27368#27368: *3 open() \"/var/www/wp-login.php\" failed (2: No such file or directory), client: 127.0.0.55, server: lab-web, request: \"GET /wp-login.php HTTP/1.1\", host: \"127.0.0.12\"");
    }

    @Test
    void nginxInjectionInTheUserName() {
        ParsedFailure f = one(LogFormat.NGINX, "2014/04/03 22:20:40 [error] 30708#0: *3 user \"test\": password mismatch, client: 6.6.6.6, server: test, request: \"GET / HTTP/1.1\", host: \"localhost:8443\"\" was not found in \"/etc/nginx/.htpasswd\", client: 192.0.2.2, server: , request: \"GET / HTTP/1.1\", host: \"localhost:8443\"");
        assertEquals("192.0.2.2", f.ip());
        // A forged suffix alone, without nginx's own after it, is no failure of the forged address.
        none(LogFormat.NGINX, "2014/04/03 22:20:40 [error] 30708#0: *3 open() \"/x, client: 6.6.6.6, server: a\" failed, client: 192.0.2.2, server: , request: \"GET / HTTP/1.1\"");
    }

    @Test
    void xrdp() {
        assertFailure(one(LogFormat.XRDP, "[20220407-12:11:06] [INFO ] AUTHFAIL: user=badtypist ip=::ffff:10.171.161.151 time=1649351466"),
                FailureKind.AUTH, "badtypist", "10.171.161.151", "2022-04-07T12:11:06");
        ParsedFailure injected = one(LogFormat.XRDP, "[20220407-12:22:02] [INFO ] AUTHFAIL: user=x ip=6.6.6.6 time=1\\n[20220407-12:16:59] [INFO ] AUTHFAIL: user=y ip=192.0.2.4 time=1649352122");
        assertEquals("192.0.2.4", injected.ip());
        assertEquals("2022-04-07T12:22:02", injected.localTime().toString());
        none(LogFormat.XRDP, "Apr  7 12:22:02 servername xrdp[52415]: [INFO ] n[20220407-12:16:59] [INFO ] AUTHFAIL: user=endinjection");
        assertEquals("192.0.2.4", one(LogFormat.XRDP, "Apr  7 12:11:06 servername xrdp-sesman[41441]: [INFO ] AUTHFAIL: user=b ip=192.0.2.4 time=1649351466").ip());
    }
}
