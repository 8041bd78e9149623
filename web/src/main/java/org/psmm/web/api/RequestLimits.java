package org.psmm.web.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the API reads before an endpoint does: bodies of at most 1 MiB (413, also for a chunked
 * body with no length), and no query parameter the endpoint does not take (400 naming it: a
 * misspelt filter must not silently list everything).
 */
@Provider
public class RequestLimits implements ContainerRequestFilter, ReaderInterceptor {

    static final long MAX_BODY = 1024 * 1024;

    @Context
    private ResourceInfo resource;

    private static final ConcurrentHashMap<Method, Set<String>> QUERY_NAMES = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                && (length.length() > 12 || Long.parseLong(length) > MAX_BODY)) {
            request.abortWith(tooLarge());
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = QUERY_NAMES.computeIfAbsent(method, RequestLimits::queryNames);
        for (String given : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!known.contains(given)) {
                request.abortWith(ApiExceptionMappers.json(Response.Status.BAD_REQUEST, new ApiError(
                        "Unknown query parameter '" + given + "'" + (known.isEmpty() ? ": this endpoint takes none"
                                : ": this endpoint takes " + String.join(", ", known)),
                        List.of(new ApiError.FieldError(given, "is not a parameter of this endpoint")))));
                return;
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream()));
        return context.proceed();
    }

    private static Set<String> queryNames(Method m) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : m.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        QueryParam fq = f.getAnnotation(QueryParam.class);
                        if (fq != null) {
                            names.add(fq.value());
                        }
                    }
                }
            }
        }
        return names;
    }

    private static Response tooLarge() {
        return ApiExceptionMappers.json(413, new ApiError("The request body is over 1 MiB", List.of(
                new ApiError.FieldError("body", "at most " + MAX_BODY + " bytes"))));
    }

    /** A body stream that stops at 1 MiB, for bodies sent without a length. */
    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BODY) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
