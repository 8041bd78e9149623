package org.psmm.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every endpoint of the API, read by reflection off the resource classes of the EAR the build
 * produced: a new endpoint is found without anyone listing it. Each comes with a path whose
 * parameters name nothing that exists (ids 999999999, names "it-nobody"), so calling it changes
 * nothing.
 */
public final class ApiEndpoints {

    private static final Pattern PARAM = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*(:[^}]*)?}");

    private ApiEndpoints() {
    }

    /**
     * @param method GET, POST, PUT or DELETE
     * @param template the path under /api/ as declared ("hosts/{id}")
     * @param callable the same with every parameter filled in
     * @param body whether it reads a body (a POST or PUT)
     */
    public record Endpoint(String method, String template, String callable, boolean body) {
        public String key() {
            return method + " " + template;
        }
    }

    public static List<Endpoint> all() {
        Path classes = unpackWebClasses();
        List<Endpoint> out = new ArrayList<>();
        try (URLClassLoader loader = loader(classes); Stream<Path> files = Files.walk(classes.resolve("WEB-INF/classes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = classes.resolve("WEB-INF/classes").relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, loader);
                jakarta.ws.rs.Path root = c.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : c.getMethods()) {
                    String http = httpMethod(m);
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = join(root.value(), sub == null ? "" : sub.value());
                    out.add(new Endpoint(http, template, fill(template, m), http.equals("POST") || http.equals("PUT")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        out.sort(Comparator.comparing(Endpoint::key));
        return out;
    }

    private static String httpMethod(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String s = (a + "/" + b).replaceAll("/+", "/");
        s = s.startsWith("/") ? s.substring(1) : s;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Each {param} by a value of its type that matches nothing stored. */
    private static String fill(String template, Method m) {
        Matcher matcher = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Class<?> type = String.class;
            for (Parameter p : m.getParameters()) {
                PathParam pp = p.getAnnotation(PathParam.class);
                if (pp != null && pp.value().equals(name)) {
                    type = p.getType();
                }
            }
            String value = type == long.class || type == Long.class || type == int.class || type == Integer.class ? "999999999"
                    : name.equals("file") ? "psmm-19700101-000000.sql.gz" : name.equals("ip") ? "192.0.2.250" : "it-nobody";
            matcher.appendReplacement(out, value);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The web module's classes and libraries, and the EAR's, unpacked into target/ from this build's EAR. */
    private static Path unpackWebClasses() {
        Path target = Path.of("target", "api-endpoints");
        Path ear = Path.of(System.getProperty("psmm.ear"));
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Path earDir = target.resolve("ear");
            unzip(Files.newInputStream(ear), earDir);
            try (Stream<Path> inEar = Files.list(earDir)) {
                Path war = inEar.filter(p -> p.toString().endsWith(".war")).findFirst().orElseThrow();
                unzip(Files.newInputStream(war), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + ear, e);
        }
    }

    private static URLClassLoader loader(Path unpacked) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(unpacked.resolve("WEB-INF/classes").toUri().toURL());
        for (Path dir : List.of(unpacked.resolve("WEB-INF/lib"), unpacked.resolve("ear"), unpacked.resolve("ear/lib"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> jars = Files.list(dir)) {
                    for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                        urls.add(jar.toUri().toURL());
                    }
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ApiEndpoints.class.getClassLoader());
    }

    private static void unzip(InputStream in, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                Path out = into.resolve(e.getName()).normalize();
                if (!out.startsWith(into.normalize())) {
                    throw new IOException("entry outside the archive: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
