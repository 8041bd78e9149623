package org.psmm.core.advisory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The curated table from the products CERT-FR's titles name to the Debian packages that carry
 * them (Debian 11-13 names). A title is matched on whole words, so "Apache Tomcat" is not
 * Apache's web server, "phpMyAdmin" is not PHP and "noyau Linux d'Ubuntu" is not Debian's kernel.
 * Products with no Debian package (Windows, Fortinet, Cisco...) are left out on purpose: an
 * advisory naming only them concerns no host PSMM watches over SSH.
 */
public final class ProductPackages {

    private static final List<Product> TABLE = List.of(
            product("OpenSSH", "\\bOpenSSH\\b", "openssh-server|openssh-client|openssh-sftp-server"),
            product("Apache HTTP Server", "\\bApache\\s+(HTTP(\\s+Server)?|httpd)\\b|\\bApache2\\b",
                    "apache2|apache2-bin|apache2-data"),
            product("Apache Tomcat", "\\bTomcat\\b", "tomcat\\d+|libtomcat\\d+-java"),
            product("nginx", "\\bnginx\\b", "nginx|nginx-(core|light|full|extras|common)"),
            product("MariaDB", "\\bMariaDB\\b", "mariadb-server(-core)?(-\\d+(\\.\\d+)*)?"),
            product("MySQL", "\\bMySQL\\b", "mysql-server(-core)?(-\\d+(\\.\\d+)*)?|mariadb-server(-core)?(-\\d+(\\.\\d+)*)?"),
            product("PostgreSQL", "\\bPostgreSQL\\b", "postgresql-\\d+"),
            product("vsftpd", "\\bvsftpd\\b", "vsftpd"),
            product("ProFTPD", "\\bProFTPD?\\b", "proftpd-basic|proftpd-core|proftpd-mod-.+"),
            product("Pure-FTPd", "\\bPure-?FTPd\\b", "pure-ftpd(-common|-mysql|-postgresql|-ldap)?"),
            product("OpenSSL", "\\bOpenSSL\\b", "openssl|libssl\\d+(\\.\\d+)*(t64)?"),
            product("Linux kernel (Debian)", "\\bnoyau\\s+Linux\\s+de\\s+Debian\\b|\\bDebian\\b.*\\bLinux\\s+kernel\\b"
                    + "|\\bLinux\\s+kernel\\b.*\\bDebian\\b", "linux-image-.+"),
            product("sudo", "\\bsudo\\b", "sudo|sudo-ldap"),
            product("PHP", "\\bPHP\\b", "php\\d+(\\.\\d+)?(-.+)?|libapache2-mod-php\\d+(\\.\\d+)?"),
            product("Python", "\\bPython\\b", "python3(\\.\\d+)?(-minimal)?|libpython3(\\.\\d+)?(-minimal|-stdlib)?"),
            // The servers only: samba-libs and libsmbclient come with desktop and client tools.
            product("Samba", "\\bSamba\\b", "samba|samba-common-bin|samba-ad-dc|winbind"),
            product("BIND", "\\bBIND\\b", "bind9|bind9-libs|bind9-utils"),
            product("Postfix", "\\bPostfix\\b", "postfix"),
            product("Exim", "\\bExim\\b", "exim4-daemon-(light|heavy)"),
            product("Dovecot", "\\bDovecot\\b", "dovecot-core"),
            product("Squid", "\\bSquid\\b", "squid"),
            product("OpenLDAP", "\\bOpenLDAP\\b", "slapd|libldap-2\\.\\d+-\\d+|libldap2?"),
            product("curl", "\\bcurl\\b|\\blibcurl\\b", "curl|libcurl\\d+(t64)?(-gnutls)?"),
            product("GNU C Library", "\\bglibc\\b|\\bGNU\\s+C\\s+Library\\b", "libc6|libc-bin"),
            product("systemd", "\\bsystemd\\b", "systemd"),
            product("GnuTLS", "\\bGnuTLS\\b", "libgnutls30(t64)?"),
            product("Git", "\\bGit\\b(?!Lab|Hub|ea)", "git"),
            product("Redis", "\\bRedis\\b", "redis-server"),
            product("Node.js", "\\bNode\\.js\\b", "nodejs"),
            product("Firefox ESR", "\\bFirefox\\b", "firefox-esr"),
            product("Thunderbird", "\\bThunderbird\\b", "thunderbird"),
            product("Chromium", "\\bChromium\\b|\\bGoogle\\s+Chrome\\b", "chromium"),
            product("LibreOffice", "\\bLibreOffice\\b", "libreoffice-core"),
            product("QEMU", "\\bQEMU\\b", "qemu-system-.+|qemu-utils"),
            product("Xen", "\\bXen\\b", "xen-hypervisor-.+"),
            product("Docker", "\\bDocker\\b", "docker\\.io|docker-ce"),
            product("Roundcube", "\\bRoundcube\\b", "roundcube-core"),
            product("rsync", "\\brsync\\b", "rsync"),
            product("Wireshark", "\\bWireshark\\b", "wireshark|wireshark-common|tshark"),
            product("Kerberos (MIT)", "\\bMIT\\s+Kerberos\\b|\\bkrb5\\b", "krb5-kdc|libkrb5-\\d+"));

    private ProductPackages() {
    }

    private static Product product(String name, String named, String packages) {
        return new Product(name, Pattern.compile(named, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Pattern.compile(packages));
    }

    public static List<Product> all() {
        return TABLE;
    }

    /** The products a text (an advisory's title) names, in the table's order. */
    public static List<Product> namedIn(String text) {
        List<Product> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (Product p : TABLE) {
            if (p.namedIn(text)) {
                found.add(p);
            }
        }
        return found;
    }

    public static Optional<Product> byName(String name) {
        return TABLE.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
