package org.bluelamp.integration.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The rules for a webhook's address, checked when it is set and again before every call, as what a name resolves to
 * can change: https (http only where allowed), at most 2,000 characters, no user name or password, and a host that
 * resolves only to public addresses (unless private networks are allowed), so that no client can make Bluelamp call
 * something inside the force's network or the machine it runs on. The call then goes to an address checked here.
 */
final class WebhookAddresses {

    static final int MAX_LENGTH = 2000;

    /** A webhook's address that passed the rules: where to connect, and what to call the host. */
    record Target(URI uri, String host, int port, boolean tls, InetAddress address) {

        /** The path and query to ask for, as written. */
        String pathAndQuery() {
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }

        /** The Host header: the name as written, with the port if it is not the scheme's own. */
        String hostHeader() {
            var name = host.contains(":") ? "[" + host + "]" : host;
            return uri.getPort() == -1 ? name : name + ":" + port;
        }
    }

    /** An address the rules refuse, and why, in words for the client's developer. */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private final boolean allowHttp;
    private final boolean allowPrivateNetworks;

    WebhookAddresses(boolean allowHttp, boolean allowPrivateNetworks) {
        this.allowHttp = allowHttp;
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    static WebhookAddresses of(WebhookProperties properties) {
        return new WebhookAddresses(properties.allowHttp(), properties.allowPrivateNetworks());
    }

    /** The address checked and resolved: every address the host resolves to must be allowed, and the first is used. */
    Target check(String url) throws Refused {
        var uri = parse(url);
        var host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException unknown) {
            throw new Refused("The host " + host + " cannot be found.");
        }
        if (addresses.length == 0) {
            throw new Refused("The host " + host + " cannot be found.");
        }
        if (!allowPrivateNetworks) {
            for (var address : addresses) {
                if (!isPublic(address)) {
                    throw new Refused("The host " + host + " is on a private, local or reserved network.");
                }
            }
        }
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        return new Target(uri, host, port, tls, addresses[0]);
    }

    /** The rules that need no look-up: scheme, length, no user-info, a host. */
    URI parse(String url) throws Refused {
        if (url == null || url.isBlank()) {
            throw new Refused("The url is missing.");
        }
        if (url.length() > MAX_LENGTH) {
            throw new Refused("The url is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUrl) {
            throw new Refused("The url is not a valid URL.");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new Refused(allowHttp ? "The url must start with https:// or http://." : "The url must start with https://.");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new Refused("The url must not hold a user name or password.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("The url has no host.");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("The url must not have a fragment (#).");
        }
        return uri;
    }

    /**
     * Whether an address is on the public internet: not loopback, private (RFC 1918, IPv6 unique local), link-local,
     * multicast, unspecified, shared (carrier-grade NAT), benchmarking or reserved, nor IPv4 of those inside IPv6.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                   // "this network"
                    && !(first == 100 && (second & 0xc0) == 64) // 100.64.0.0/10, shared address space
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                    && !(first == 198 && (second & 0xfe) == 18) // 198.18.0.0/15, benchmarking
                    && first < 224;                             // multicast, 240.0.0.0/4 reserved, broadcast
        }
        if (address instanceof Inet6Address six) {
            if ((b[0] & 0xfe) == 0xfc) {                        // fc00::/7, unique local
                return false;
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) { // fec0::/10, the old site-local
                return false;
            }
            if (six.isIPv4CompatibleAddress() || isNat64(b)) {  // ::a.b.c.d and 64:ff9b::a.b.c.d
                return isPublic(ipv4(b, 12));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 2002::/16, 6to4 around an IPv4 address
                return isPublic(ipv4(b, 2));
            }
            return true;
        }
        return false;
    }

    private static boolean isNat64(byte[] b) {
        if (!((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, from, from + 4));
        } catch (UnknownHostException cannot) {
            throw new IllegalStateException(cannot);
        }
    }
}
