package uk.safeguarding.notification.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to: public unicast only. Loopback only when the
 * local profile allows it; private, link-local, cloud metadata, shared (CGNAT), reserved,
 * documentation (TEST-NET, 2001:db8::/32), multicast and IPv6 transition addresses (6to4
 * 2002::/16, Teredo 2001::/32, local-use NAT64 64:ff9b:1::/48; 64:ff9b::/96 is judged by the
 * IPv4 address it embeds) only when an allow-list entry (an address or a CIDR range) names them.
 */
public final class WebhookAddressPolicy {

    private final boolean allowLoopback;
    private final List<Cidr> allowList;

    public WebhookAddressPolicy(boolean allowLoopback, List<String> allowList) {
        this.allowLoopback = allowLoopback;
        this.allowList = allowList.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    /** Why the address is refused, or empty when a webhook may be sent to it. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress effective = embeddedIpv4(address).orElse(address);
        if (effective.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback");
        }
        Optional<String> category = category(effective);
        if (category.isEmpty()) {
            return Optional.empty();
        }
        boolean listed = allowList.stream().anyMatch(c -> c.contains(effective) || c.contains(address));
        return listed ? Optional.empty() : category;
    }

    /** Whether any address of a host is refused: all of them must be acceptable. */
    public Optional<String> refusal(List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return Optional.of("unresolvable");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> category(InetAddress a) {
        if (isMetadata(a)) {
            return Optional.of("metadata");
        }
        if (a.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int o0 = b[0] & 0xff;
            int o1 = b[1] & 0xff;
            if (o0 == 10 || (o0 == 172 && o1 >= 16 && o1 <= 31) || (o0 == 192 && o1 == 168)) {
                return Optional.of("private");
            }
            if (o0 == 100 && o1 >= 64 && o1 <= 127) {
                return Optional.of("shared");
            }
            if (o0 == 0 || o0 >= 240 || (o0 == 192 && o1 == 0 && (b[2] & 0xff) == 0) || (o0 == 198 && (o1 == 18 || o1 == 19))) {
                return Optional.of("reserved");
            }
            // TEST-NET-1/2/3 (RFC 5737): never a real receiver, so never a webhook's address unless listed.
            int o2 = b[2] & 0xff;
            if ((o0 == 192 && o1 == 0 && o2 == 2) || (o0 == 198 && o1 == 51 && o2 == 100) || (o0 == 203 && o1 == 0 && o2 == 113)) {
                return Optional.of("documentation");
            }
            return Optional.empty();
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("private");
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return Optional.of("private");
        }
        int second = b[1] & 0xff;
        // Transition prefixes tunnel to an IPv4 address we cannot vet (6to4 relays, Teredo servers).
        if (first == 0x20 && second == 0x02) {
            return Optional.of("6to4");
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("teredo");
        }
        // 64:ff9b:1::/48 (RFC 8215) is NAT64 for local use: it translates into the operator's own networks.
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && b[4] == 0 && b[5] == 1) {
            return Optional.of("nat64-local");
        }
        // 2001:db8::/32 (RFC 3849): documentation only.
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return Optional.of("documentation");
        }
        return Optional.empty();
    }

    private static boolean isMetadata(InetAddress a) {
        String host = a.getHostAddress();
        return host.equals("169.254.169.254") || host.equals("169.254.170.2") || host.equals("100.100.100.200")
                || host.equals("192.0.0.192") || host.equalsIgnoreCase("fd00:ec2:0:0:0:0:0:254");
    }

    /** An IPv4 address carried inside IPv6 (mapped ::ffff:a.b.c.d, compatible, or NAT64 64:ff9b::/96). */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12) && !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (!mapped && !compatible && !nat64) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** An address range of the allow-list: {@code 10.20.0.0/16}, {@code fd12::/16} or a single address. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                byte[] network = InetAddress.getByName(literal(parts[0])).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in allow-list entry " + text);
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("allow-list entries must be IP addresses or CIDR ranges: " + text, e);
            }
        }

        private static String literal(String s) {
            // Only literals: never a DNS lookup while reading configuration.
            if (!s.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("allow-list entries must be IP addresses or CIDR ranges: " + s);
            }
            return s;
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
