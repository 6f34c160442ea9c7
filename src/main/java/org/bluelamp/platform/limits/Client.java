package org.bluelamp.platform.limits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as the servlet container sees it. Behind a load balancer or proxy that is the
 * proxy's unless {@code server.forward-headers-strategy} is set (README, "Behind a load balancer"), and then every
 * person would share one limit. Only its keyed hash is stored.
 */
public record Client(String address) {

    public Client {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A client needs an address");
        }
    }

    public static Client of(HttpServletRequest request) {
        return new Client(request.getRemoteAddr());
    }

    @Override
    public String toString() {
        return "Client[…]";
    }
}
