package org.psmm.core.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The directory PSMM signs people in with, from the PSMM_LDAP_* variables. Unset PSMM_LDAP_URL:
 * no directory. Only the groups named in PSMM_LDAP_ROLE_GROUPS give a role, and the group search
 * is restricted to them, so a directory group that happens to be called "admin" gives nothing.
 * The bind password is not here: Elytron reads it from the environment when it connects.
 */
public record DirectoryConfig(URI url, String bindDn, String userBase, String userAttribute, String groupBase,
        String groupFilter, Map<String, String> roleByGroup, Optional<Path> caFile) {

    public static final List<String> ROLES = List.of("admin", "operator", "viewer");
    static final String DEFAULT_USER_ATTRIBUTE = "uid";
    static final String DEFAULT_GROUP_FILTER = "(member={1})";

    public DirectoryConfig {
        roleByGroup = Map.copyOf(roleByGroup);
    }

    /**
     * @return empty when PSMM_LDAP_URL is unset (sign-in with local users only)
     * @throws IllegalArgumentException with one sentence per wrong variable
     */
    public static Optional<DirectoryConfig> fromEnvironment(Map<String, String> env) {
        String url = value(env, "PSMM_LDAP_URL");
        if (url == null) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        URI uri = null;
        try {
            uri = new URI(url);
            if (!"ldap".equals(uri.getScheme()) && !"ldaps".equals(uri.getScheme()) || uri.getHost() == null) {
                problems.add("PSMM_LDAP_URL must be ldap://HOST[:PORT] or ldaps://HOST[:PORT], not '" + url + "'");
            }
        } catch (URISyntaxException e) {
            problems.add("PSMM_LDAP_URL is not a URL: '" + url + "'");
        }
        String bindDn = value(env, "PSMM_LDAP_BIND_DN");
        if (bindDn != null && value(env, "PSMM_LDAP_BIND_PASSWORD") == null) {
            problems.add("PSMM_LDAP_BIND_PASSWORD is required with PSMM_LDAP_BIND_DN");
        }
        String userBase = value(env, "PSMM_LDAP_USER_BASE");
        if (userBase == null) {
            problems.add("PSMM_LDAP_USER_BASE is required: the DN under which users are searched, e.g. ou=people,dc=example,dc=com");
        }
        String userAttribute = Optional.ofNullable(value(env, "PSMM_LDAP_USER_ATTRIBUTE")).orElse(DEFAULT_USER_ATTRIBUTE);
        if (!userAttribute.matches("[A-Za-z][A-Za-z0-9-]*")) {
            problems.add("PSMM_LDAP_USER_ATTRIBUTE must be an attribute name such as uid or sAMAccountName, not '" + userAttribute + "'");
        }
        String groupBase = Optional.ofNullable(value(env, "PSMM_LDAP_GROUP_BASE")).orElse(userBase);
        String groupFilter = Optional.ofNullable(value(env, "PSMM_LDAP_GROUP_FILTER")).orElse(DEFAULT_GROUP_FILTER);
        if (!groupFilter.startsWith("(") || !groupFilter.endsWith(")")) {
            problems.add("PSMM_LDAP_GROUP_FILTER must be an LDAP filter in parentheses, e.g. (member={1}), not '" + groupFilter + "'");
        }
        Map<String, String> roleByGroup = new LinkedHashMap<>();
        String map = value(env, "PSMM_LDAP_ROLE_GROUPS");
        if (map == null) {
            problems.add("PSMM_LDAP_ROLE_GROUPS is required: which directory group gives which role, e.g. "
                    + "admin=psmm-admins,operator=psmm-operators,viewer=psmm-viewers");
        } else {
            for (String pair : map.split(",")) {
                String p = pair.strip();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                String role = eq < 0 ? "" : p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String group = eq < 0 ? "" : p.substring(eq + 1).strip();
                if (!ROLES.contains(role) || group.isEmpty()) {
                    problems.add("PSMM_LDAP_ROLE_GROUPS: '" + p + "' is not ROLE=GROUP with ROLE one of admin, operator, viewer");
                } else if (roleByGroup.containsKey(group) && !roleByGroup.get(group).equals(role)) {
                    problems.add("PSMM_LDAP_ROLE_GROUPS gives group '" + group + "' two roles");
                } else {
                    roleByGroup.put(group, role);
                }
            }
            if (roleByGroup.isEmpty() && problems.stream().noneMatch(s -> s.startsWith("PSMM_LDAP_ROLE_GROUPS"))) {
                problems.add("PSMM_LDAP_ROLE_GROUPS names no group");
            }
        }
        String ca = value(env, "PSMM_LDAP_CA_FILE");
        if (ca != null && !Files.isReadable(Path.of(ca))) {
            problems.add("PSMM_LDAP_CA_FILE is not a readable file: " + ca);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return Optional.of(new DirectoryConfig(uri, bindDn, userBase, userAttribute, groupBase, groupFilter, roleByGroup,
                Optional.ofNullable(ca).map(Path::of)));
    }

    public boolean ldaps() {
        return "ldaps".equals(url.getScheme());
    }

    public String host() {
        return url.getHost();
    }

    public int port() {
        return url.getPort() > 0 ? url.getPort() : ldaps() ? 636 : 389;
    }

    /**
     * The group search: the configured filter, kept to the mapped groups. {0} stands for the user
     * name, {1} for the user's DN, as in Elytron's filters.
     */
    public String groupSearchFilter() {
        String mapped = roleByGroup.keySet().stream().sorted()
                .map(g -> "(cn=" + escape(g) + ")").collect(Collectors.joining());
        return "(&" + groupFilter + "(|" + mapped + "))";
    }

    /** The role the groups give (the highest when several do), empty when none is mapped. */
    public Optional<String> roleOf(Collection<String> groupNames) {
        return ROLES.stream().filter(role -> groupNames.stream().anyMatch(g -> role.equals(roleByGroup.get(g)))).findFirst();
    }

    /** A value for an LDAP filter (RFC 4515): a name with * ( ) \ cannot widen the search. */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '*' -> sb.append("\\2a");
                case '(' -> sb.append("\\28");
                case ')' -> sb.append("\\29");
                case '\\' -> sb.append("\\5c");
                case '\0' -> sb.append("\\00");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
