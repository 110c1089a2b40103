package io.qunflow.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Which addresses a webhook may reach: public unicast only. Decided on the address itself (an
 * {@link InetAddress}, whatever spelling produced it), as an allow decision: an address is public
 * when it is none of the special-purpose ranges of the IANA registries, so a range the JDK does not
 * classify (shared address space, benchmarking, documentation, NAT64…) is still refused. IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address.
 */
final class TargetAddresses {

    /** IANA IPv4 special-purpose ranges (RFC 6890 and successors) plus multicast and reserved. */
    private static final List<IpAddressMatcher> SPECIAL_V4 = matchers(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.0.2.0/24",
            "192.31.196.0/24",
            "192.52.193.0/24",
            "192.88.99.0/24",
            "192.168.0.0/16",
            "192.175.48.0/24",
            "198.18.0.0/15",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "224.0.0.0/4",
            "240.0.0.0/4");

    /** Global unicast IPv6 is 2000::/3; within it these are not reachable public hosts. */
    private static final IpAddressMatcher GLOBAL_V6 = new IpAddressMatcher("2000::/3");

    private static final List<IpAddressMatcher> SPECIAL_V6 = matchers(
            "2001::/23", // IETF protocol assignments, Teredo (2001::/32) among them
            "2001:db8::/32", // documentation
            "3fff::/20", // documentation
            "2002::/16"); // 6to4: judged by its embedded IPv4 address below

    private TargetAddresses() {}

    /** Whether a webhook may connect to this address. */
    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4);
        }
        if (address instanceof Inet6Address v6) {
            InetAddress embedded = embeddedV4(v6);
            if (embedded != null) {
                return isPublicV4((Inet4Address) embedded);
            }
            String text = v6.getHostAddress();
            return GLOBAL_V6.matches(text) && SPECIAL_V6.stream().noneMatch(range -> range.matches(text));
        }
        return false;
    }

    private static boolean isPublicV4(Inet4Address address) {
        String text = address.getHostAddress();
        return !address.isAnyLocalAddress()
                && !address.isLoopbackAddress()
                && !address.isLinkLocalAddress()
                && !address.isSiteLocalAddress()
                && !address.isMulticastAddress()
                && !text.equals("255.255.255.255")
                && SPECIAL_V4.stream().noneMatch(range -> range.matches(text));
    }

    /**
     * The IPv4 address inside an IPv6 address that stands for one: IPv4-compatible (::a.b.c.d),
     * NAT64's well-known prefix (64:ff9b::/96) and 6to4 (2002:abcd:efgh::/48). IPv4-mapped addresses
     * never get here: the JDK already turns them into {@link Inet4Address}. The rest of 64:ff9b::/32,
     * the local-use 64:ff9b:1::/48 among it, places its IPv4 address where the local translator's
     * prefix length says, which cannot be known here: those addresses are outside 2000::/3 and
     * refused.
     */
    private static InetAddress embeddedV4(Inet6Address address) {
        byte[] b = address.getAddress();
        boolean compatible = allZero(b, 0, 12);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12);
        try {
            if (compatible || nat64) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return null;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<IpAddressMatcher> matchers(String... ranges) {
        return java.util.Arrays.stream(ranges).map(IpAddressMatcher::new).toList();
    }
}
