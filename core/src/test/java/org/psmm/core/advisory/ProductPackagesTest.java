package org.psmm.core.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The curated table, on titles as CERT-FR writes them. */
class ProductPackagesTest {

    private static List<String> named(String title) {
        return ProductPackages.namedIn(title).stream().map(Product::name).toList();
    }

    private static boolean carries(String product, String pkg) {
        return ProductPackages.byName(product).orElseThrow().carriedBy(pkg);
    }

    @Test
    void titlesNameTheirProducts() {
        assertEquals(List.of("OpenSSH"), named("Vulnérabilité dans OpenSSH (14 août 2026)"));
        assertEquals(List.of("OpenSSL"), named("Multiples vulnérabilités dans OpenSSL (1 juillet 2026)"));
        assertEquals(List.of("Apache HTTP Server"), named("Multiples vulnérabilités dans Apache HTTP Server (18 juillet 2026)"));
        assertEquals(List.of("Apache Tomcat"), named("Vulnérabilité dans Apache Tomcat (3 mars 2026)"));
        assertEquals(List.of("MariaDB"), named("Multiples vulnérabilités dans MariaDB"));
        assertEquals(List.of("MySQL"), named("Multiples vulnérabilités dans Oracle MySQL (16 juillet 2026)"));
        assertEquals(List.of("Linux kernel (Debian)"), named("Multiples vulnérabilités dans le noyau Linux de Debian (5 août 2026)"));
        assertEquals(List.of("sudo"), named("Vulnérabilité dans Sudo (30 juin 2026)"));
        assertEquals(List.of("PHP"), named("Multiples vulnérabilités dans PHP (4 juillet 2026)"));
        assertEquals(List.of("Samba"), named("Multiples vulnérabilités dans Samba"));
        assertEquals(List.of("BIND"), named("Multiples vulnérabilités dans ISC BIND (17 juillet 2026)"));
        assertEquals(List.of("vsftpd", "ProFTPD", "Pure-FTPd"), named("Vulnérabilités dans vsftpd, ProFTPD et Pure-FTPd"));
        assertEquals(List.of("nginx"), named("Vulnérabilité dans nginx (6 février 2026)"));
        assertEquals(List.of("Python"), named("Vulnérabilité dans Python (22 mai 2026)"));
    }

    @Test
    void lookAlikesAreNotTheProduct() {
        assertEquals(List.of(), named("Multiples vulnérabilités dans les produits Fortinet (12 août 2026)"));
        assertEquals(List.of(), named("Multiples vulnérabilités dans le noyau Linux d'Ubuntu (5 août 2026)"));
        assertEquals(List.of(), named("Vulnérabilité dans phpMyAdmin"));
        assertEquals(List.of(), named("Vulnérabilité dans pseudo-terminal"));
        assertEquals(List.of(), named("Multiples vulnérabilités dans GitLab (13 août 2026)"));
        assertEquals(List.of(), named("Multiples vulnérabilités dans Microsoft Windows"));
        assertFalse(named("Vulnérabilité dans Apache Struts").contains("Apache HTTP Server"));
    }

    @Test
    void productsAreCarriedByTheirDebianPackages() {
        assertTrue(carries("OpenSSH", "openssh-server"));
        assertTrue(carries("OpenSSH", "openssh-client"));
        assertFalse(carries("OpenSSH", "openssh-server-dbgsym-x"));
        assertTrue(carries("OpenSSL", "openssl"));
        assertTrue(carries("OpenSSL", "libssl3"));
        assertTrue(carries("OpenSSL", "libssl3t64"));
        assertTrue(carries("OpenSSL", "libssl1.1"));
        assertFalse(carries("OpenSSL", "libssl-dev"), "headers only: no code that runs");
        assertTrue(carries("Apache HTTP Server", "apache2"));
        assertTrue(carries("MariaDB", "mariadb-server"));
        assertTrue(carries("MySQL", "mariadb-server"), "Debian's MySQL is MariaDB");
        assertTrue(carries("Linux kernel (Debian)", "linux-image-6.1.0-25-amd64"));
        assertFalse(carries("Linux kernel (Debian)", "linux-libc-dev"));
        assertTrue(carries("PHP", "php8.2-common"));
        assertTrue(carries("PHP", "libapache2-mod-php8.2"));
        assertFalse(carries("PHP", "phpmyadmin"));
        assertTrue(carries("Python", "python3.11-minimal"));
        assertTrue(carries("nginx", "nginx-core"));
        assertTrue(carries("vsftpd", "vsftpd"));
        assertTrue(carries("sudo", "sudo"));
        assertTrue(carries("Samba", "samba"));
        assertFalse(carries("Samba", "samba-libs"), "a client library, on hosts that run no Samba server");
        assertTrue(carries("BIND", "bind9"));
        assertTrue(carries("Pure-FTPd", "pure-ftpd-mysql"));
        assertTrue(carries("ProFTPD", "proftpd-basic"));
    }

    @Test
    void everyProductHasAUniqueName() {
        assertEquals(ProductPackages.all().size(),
                ProductPackages.all().stream().map(Product::name).distinct().count());
    }
}
