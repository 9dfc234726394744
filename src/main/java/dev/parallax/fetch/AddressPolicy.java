package dev.parallax.fetch;

import dev.parallax.fetch.FetchException.Failure;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which addresses Parallax may fetch: http and https only, no credentials, and unless allowed no host on a loopback,
 * private, link-local or otherwise reserved network. The same check runs where the HTTP client resolves a host
 * before it connects ({@link #resolver()}), so an address that resolves differently a moment later (DNS rebinding)
 * is refused all the same, on every redirect.
 */
final class AddressPolicy {

    private final boolean allowPrivate;
    private final java.util.function.Predicate<InetAddress> exempt;

    AddressPolicy(boolean allowPrivate) {
        this(allowPrivate, address -> false);
    }

    /** A policy that refuses non-public addresses except some (a test's own server on one loopback address). */
    AddressPolicy(boolean allowPrivate, java.util.function.Predicate<InetAddress> exempt) {
        this.allowPrivate = allowPrivate;
        this.exempt = exempt;
    }

    /** Checks the form of an address and where its host resolves to; throws {@link FetchException} when refused. */
    URI check(URI address) {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Failure.ADDRESS_REFUSED, address,
                    "Only http and https addresses can be fetched, not “%s”.".formatted(abbreviate(address.toString())));
        }
        if (address.getHost() == null || address.getHost().isBlank()) {
            throw new FetchException(Failure.ADDRESS_REFUSED, address,
                    "The address “%s” has no host name.".formatted(abbreviate(address.toString())));
        }
        if (address.getRawUserInfo() != null) {
            throw new FetchException(Failure.ADDRESS_REFUSED, address,
                    "The address carries a user name or password; give the page's public address instead.");
        }
        try {
            resolve(address.getHost());
        } catch (RefusedHost refused) {
            throw new FetchException(Failure.ADDRESS_REFUSED, address, refused.getMessage());
        } catch (UnknownHostException unknown) {
            throw new FetchException(Failure.UNREACHABLE, address,
                    "The host %s could not be found; check the address.".formatted(address.getHost()), null, unknown);
        }
        return address;
    }

    /** The addresses a host resolves to, all of them allowed, or {@link RefusedHost}. */
    InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(bare);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isNonPublic(address) && !exempt.test(address)) {
                    throw new RefusedHost(("%s resolves to %s, an address on a private, loopback or link-local network; "
                            + "Parallax fetches only public addresses (parallax.fetch.allow-private-addresses allows others).")
                            .formatted(host, address.getHostAddress()));
                }
            }
        }
        return addresses;
    }

    /** The HTTP client's resolver: the check above, made on the addresses the connection will use. */
    DnsResolver resolver() {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return AddressPolicy.this.resolve(host);
            }

            @Override
            public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
                List<InetSocketAddress> resolved = new ArrayList<>();
                for (InetAddress address : resolve(host)) {
                    resolved.add(new InetSocketAddress(address, port));
                }
                return resolved;
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
            }
        };
    }

    /** Loopback, private, link-local, unique-local, shared (carrier NAT), multicast, unspecified or reserved. */
    static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0                                   // 0.0.0.0/8 "this network"
                    || first == 100 && second >= 64 && second < 128 // 100.64.0.0/10 shared address space
                    || first == 192 && second == 0 && (b[2] & 0xFF) == 0 // 192.0.0.0/24 protocol assignments
                    || first == 198 && (second == 18 || second == 19)    // 198.18.0.0/15 benchmarking
                    || first >= 240;                                     // 240.0.0.0/4 reserved, and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return true; // fc00::/7 unique local
            }
            if (isEmbeddingIpv4(b)) {
                try {
                    return isNonPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64): an IPv4 address in IPv6 clothing. */
    private static boolean isEmbeddingIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return zeroPrefix || nat64;
    }

    static String abbreviate(String value) {
        return value.length() > 120 ? value.substring(0, 120) + "…" : value;
    }

    /** A host refused for where it resolves to; an UnknownHostException so that the HTTP client passes it on. */
    static final class RefusedHost extends UnknownHostException {
        RefusedHost(String message) {
            super(message);
        }
    }
}
