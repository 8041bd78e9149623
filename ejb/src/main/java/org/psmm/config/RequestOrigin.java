package org.psmm.config;

import jakarta.enterprise.context.RequestScoped;

/**
 * The address a request came from, set by the web module's filter when the request starts, so
 * services (the audit trail) know where a change came from without being given it. Null outside
 * an HTTP request (timers, jobs).
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
