package org.broadsheet.syndication.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The SSRF guard: refuses hosts that resolve to loopback, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16 with the cloud metadata address, fe80::/10), unspecified,
 * multicast, CGNAT (100.64/10), reserved and benchmark ranges, and IPv6 forms that embed such an
 * IPv4 address (mapped, compatible, NAT64, 6to4). Every address a name resolves to must pass.
 */
final class AddressGuard {

    /** Why a host may not be fetched. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final boolean allowPrivate;
    private final Set<String> exempt;

    /** @param exempt literal addresses allowed even so (for tests that run a server on 127.0.0.1) */
    AddressGuard(boolean allowPrivate, Set<String> exempt) {
        this.allowPrivate = allowPrivate;
        this.exempt = Set.copyOf(exempt);
    }

    /** Resolves the URL's host and checks every address; returns them (the connection uses the same, cached lookup). */
    InetAddress[] check(URI url) throws Refused, UnknownHostException {
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new Refused("The address " + url + " has no host name.");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (allowPrivate) {
            return addresses;
        }
        for (InetAddress a : addresses) {
            String kind = internalKind(a);
            if (kind != null && !exempt.contains(a.getHostAddress())) {
                throw new Refused("The address " + url.getHost() + " leads to " + a.getHostAddress() + ", a " + kind
                        + " address inside a network, not on the public internet: refused (set broadsheet.syndication.allow-private-addresses=true to allow it).");
            }
        }
        return addresses;
    }

    /** What kind of internal address this is, or null for a public one. */
    static String internalKind(InetAddress a) {
        if (a instanceof Inet4Address) {
            return v4Kind(a.getAddress());
        }
        if (a instanceof Inet6Address) {
            byte[] b = a.getAddress();
            if (a.isLoopbackAddress()) {
                return "loopback";
            }
            if (a.isAnyLocalAddress()) {
                return "unspecified";
            }
            if (a.isLinkLocalAddress() || (b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0x80) {
                return "link-local";
            }
            if ((b[0] & 0xFE) == 0xFC) {
                return "private (unique local)";
            }
            if (a.isSiteLocalAddress() || (b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
                return "private (site-local)";
            }
            if (a.isMulticastAddress()) {
                return "multicast";
            }
            if (zeros(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF || zeros(b, 0, 12)) {
                return embedded(b, 12); // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d
            }
            if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                    && zeros(b, 4, 12)) {
                return embedded(b, 12); // NAT64 64:ff9b::a.b.c.d
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
                return embedded(b, 2); // 6to4 2002:aabb:ccdd::
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
                return "documentation";
            }
            return null;
        }
        return "unknown";
    }

    private static String embedded(byte[] b, int offset) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        String kind = v4Kind(v4);
        return kind == null ? null : kind + " (inside an IPv6 address)";
    }

    private static String v4Kind(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 10 || a0 == 172 && a1 >= 16 && a1 <= 31 || a0 == 192 && a1 == 168) {
            return "private";
        }
        if (a0 == 169 && a1 == 254) {
            return "link-local (cloud metadata)";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "carrier-grade NAT";
        }
        if (a0 >= 224 && a0 <= 239) {
            return "multicast";
        }
        if (a0 >= 240) {
            return "reserved";
        }
        if (a0 == 192 && a1 == 0 && a2 == 0 || a0 == 198 && (a1 == 18 || a1 == 19)) {
            return "reserved";
        }
        return null;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
