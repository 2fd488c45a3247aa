package com.ascendelements.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request came from, as the login and AS2 throttles count it: the peer's address, or, when the peer is
 * one of the reverse proxies named in {@code portal.trusted-proxies} (PORTAL_TRUSTED_PROXIES, comma-separated
 * addresses; by default the loopback, since the portal binds it and a proxy in front runs on the same host), the
 * address that proxy put last in {@code X-Forwarded-For}. Never trusted from anyone else, since any client can send
 * the header.
 */
public final class ClientAddress {

    private static volatile Set<String> trusted;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trustedProxies().contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String client = hops[hops.length - 1].strip();
        return client.isEmpty() || client.length() > 45 ? peer : client;
    }

    private static Set<String> trustedProxies() {
        if (trusted == null) {
            trusted = Arrays.stream(ConfigProvider.getConfig().getOptionalValue("portal.trusted-proxies", String.class)
                    .orElse("127.0.0.1,::1,0:0:0:0:0:0:0:1")
                    .split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
        return trusted;
    }
}
