package dev.offprint.source.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses offprint may connect to when the network is allowed: public unicast only. It
 * parses hosts itself (the WHATWG IPv4 forms {@code 127.1}, {@code 2130706433}, {@code 0x7f000001},
 * {@code 0177.0.0.1}; IPv6 literals; names), resolves a name once through a {@link Resolver}, and
 * refuses when any answer is loopback, private (RFC 1918, fc00::/7), link-local, CGNAT, "this
 * network", multicast, reserved or broadcast, or an IPv6 form embedding such an IPv4 address
 * (mapped, compatible, 6to4, NAT64, Teredo). The checked address is returned so the caller connects
 * to it and nothing else (DNS pinning, HOSTILE.md H06/H08).
 */
public final class AddressPolicy {

    /** Turns a host name into addresses; tests substitute one to simulate DNS rebinding. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        /** The system resolver. */
        Resolver SYSTEM = InetAddress::getAllByName;
    }

    private final Set<InetSocketAddress> exempt;

    private AddressPolicy(Set<InetSocketAddress> exempt) { this.exempt = Set.copyOf(exempt); }

    /** The policy: public addresses only. */
    public static AddressPolicy strict() { return new AddressPolicy(Set.of()); }

    /**
     * A copy that also allows one exact address and port. For tests only (a loopback server the
     * test started must be reachable on purpose); never wired to any option.
     */
    public AddressPolicy exemptForTesting(InetAddress address, int port) {
        Set<InetSocketAddress> s = new HashSet<>(exempt);
        s.add(new InetSocketAddress(address, port));
        return new AddressPolicy(s);
    }

    /**
     * The address to connect to for {@code uri}: the host checked, resolved once if a name, every
     * answer checked, the first answer pinned.
     *
     * @throws FetchException {@code blocked} when the scheme, host or any address is not allowed;
     *                        {@code failed} when the name does not resolve
     */
    public InetSocketAddress check(URI uri, Resolver resolver) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("blocked", "the " + (scheme.isEmpty() ? "relative" : scheme + ":") + " scheme is never fetched");
        }
        String host = host(uri);
        if (host == null || host.isEmpty()) throw new FetchException("blocked", "no host in " + uri);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress literal;
        try {
            literal = literal(host);
        } catch (IllegalArgumentException e) {
            throw new FetchException("blocked", "invalid host " + host + ": " + e.getMessage());
        }
        InetAddress[] answers;
        if (literal != null) {
            answers = new InetAddress[] {literal};
        } else {
            String name = host.toLowerCase(Locale.ROOT);
            while (name.endsWith(".")) name = name.substring(0, name.length() - 1);
            if (name.isEmpty() || name.equals("localhost") || name.endsWith(".localhost")) {
                throw new FetchException("blocked", host + " is this machine");
            }
            try {
                answers = resolver.resolve(name);
            } catch (UnknownHostException e) {
                throw new FetchException("failed", "cannot resolve " + name);
            }
            if (answers == null || answers.length == 0) throw new FetchException("failed", "cannot resolve " + name);
        }
        for (InetAddress a : answers) {
            if (exempt.contains(new InetSocketAddress(a, port))) continue;
            String why = denialReason(a);
            if (why != null) throw new FetchException("blocked", host + " is " + why + " (" + a.getHostAddress() + ")");
        }
        return new InetSocketAddress(answers[0], port);
    }

    /** The host of {@code uri} as written (brackets kept for IPv6), from the raw authority when needed. */
    static String host(URI uri) {
        if (uri.getHost() != null) return uri.getHost();
        String auth = uri.getRawAuthority();
        if (auth == null) return null;
        int at = auth.lastIndexOf('@');
        if (at >= 0) auth = auth.substring(at + 1);
        if (auth.startsWith("[")) {
            int close = auth.indexOf(']');
            return close < 0 ? auth : auth.substring(0, close + 1);
        }
        int colon = auth.lastIndexOf(':');
        return colon >= 0 ? auth.substring(0, colon) : auth;
    }

    /**
     * The address a host spells directly, or null when it is a name. IPv6 literals come in brackets;
     * IPv4 is parsed the WHATWG way (1 to 4 parts, each decimal, {@code 0x} hex or {@code 0} octal),
     * which is how browsers and curl read {@code 0177.0.0.1}: as 127.0.0.1.
     *
     * @throws IllegalArgumentException for a host that looks numeric but is not a valid address
     */
    public static InetAddress literal(String host) {
        try {
            if (host.startsWith("[")) {
                if (!host.endsWith("]")) throw new IllegalArgumentException("unclosed IPv6 literal");
                String inner = host.substring(1, host.length() - 1);
                if (inner.indexOf('%') >= 0) throw new IllegalArgumentException("IPv6 zone identifiers are not fetched");
                if (!inner.matches("[0-9A-Fa-f:.]+") || !inner.contains(":")) throw new IllegalArgumentException("not an IPv6 address");
                return InetAddress.getByName(inner); // a literal: no lookup
            }
            String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            String[] parts = h.split("\\.", -1);
            if (parts.length == 0 || !isNumber(parts[parts.length - 1])) return null; // a name
            if (parts.length > 4) throw new IllegalArgumentException("more than four parts");
            long[] n = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                if (!isNumber(parts[i])) throw new IllegalArgumentException("part '" + parts[i] + "' is not a number");
                n[i] = number(parts[i]);
            }
            for (int i = 0; i < n.length - 1; i++) if (n[i] > 255) throw new IllegalArgumentException("part over 255");
            long last = n[n.length - 1];
            if (last >= 1L << (8 * (5 - n.length))) throw new IllegalArgumentException("last part too large");
            long v = last;
            for (int i = 0; i < n.length - 1; i++) v += n[i] << (8 * (3 - i));
            return InetAddress.getByAddress(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static boolean isNumber(String p) {
        if (p.isEmpty()) return false;
        if (p.matches("(?i)0x[0-9a-f]*")) return true;
        return p.matches("[0-9]+");
    }

    private static long number(String p) {
        String s = p.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (s.startsWith("0x")) { s = s.substring(2); radix = 16; }
        else if (s.length() > 1 && s.startsWith("0")) { s = s.substring(1); radix = 8; }
        if (s.isEmpty()) return 0;
        if (s.length() > 12) throw new IllegalArgumentException("number too long");
        try {
            return Long.parseLong(s, radix);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number " + p);
        }
    }

    /** Why {@code a} may not be connected to ("loopback", "private", ...), or null for a public address. */
    public static String denialReason(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return v4(b);
        if (!(a instanceof Inet6Address) || b.length != 16) return "not an IP address";
        int w0 = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
        boolean first10Zero = true;
        for (int i = 0; i < 10; i++) first10Zero &= b[i] == 0;
        if (first10Zero && b[10] == 0 && b[11] == 0) {
            boolean allZero = true;
            for (int i = 12; i < 15; i++) allZero &= b[i] == 0;
            if (allZero && b[15] == 0) return "the unspecified address";
            if (allZero && b[15] == 1) return "loopback";
            return "an IPv4-compatible address";
        }
        if (first10Zero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) return "an IPv4-mapped address";
        if ((b[0] & 0xFE) == 0xFC) return "private (unique local)";
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) return "site-local";
        if ((b[0] & 0xFF) == 0xFF) return "multicast";
        if (w0 == 0x2002) {
            String inner = v4(Arrays.copyOfRange(b, 2, 6));
            return inner == null ? null : "a 6to4 address embedding a " + inner + " address";
        }
        if (w0 == 0x0064 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B) {
            boolean wellKnown = true;
            for (int i = 4; i < 12; i++) wellKnown &= b[i] == 0;
            if (!wellKnown) return "a local-use NAT64 address";
            String inner = v4(Arrays.copyOfRange(b, 12, 16));
            return inner == null ? null : "a NAT64 address embedding a " + inner + " address";
        }
        if (w0 == 0x2001 && b[2] == 0 && b[3] == 0) return "a Teredo address";
        if (w0 == 0x2001 && b[2] == 0x0D && (b[3] & 0xFF) == 0xB8) return "a documentation address";
        if (w0 == 0x0100 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) return "a discard address";
        return null;
    }

    private static String v4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) return "\"this network\" (0.0.0.0/8)";
        if (a0 == 10) return "private";
        if (a0 == 100 && (a1 & 0xC0) == 64) return "shared address space (CGNAT)";
        if (a0 == 127) return "loopback";
        if (a0 == 169 && a1 == 254) return "link-local";
        if (a0 == 172 && (a1 & 0xF0) == 16) return "private";
        if (a0 == 192 && a1 == 0 && a2 == 0) return "IETF protocol assignments";
        if (a0 == 192 && a1 == 0 && a2 == 2) return "a documentation address";
        if (a0 == 192 && a1 == 168) return "private";
        if (a0 == 198 && (a1 & 0xFE) == 18) return "a benchmarking address";
        if (a0 == 198 && a1 == 51 && a2 == 100) return "a documentation address";
        if (a0 == 203 && a1 == 0 && a2 == 113) return "a documentation address";
        if (a0 >= 224 && a0 < 240) return "multicast";
        if (a0 >= 240) return "reserved or broadcast";
        return null;
    }
}
