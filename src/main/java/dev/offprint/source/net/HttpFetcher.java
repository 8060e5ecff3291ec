package dev.offprint.source.net;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A small HTTP/1.1 GET client that cannot be turned against the machine it runs on: every hop's
 * host goes through the {@link AddressPolicy}, a name is resolved once and the socket connects to
 * exactly that checked address (DNS pinning: the Host header, TLS SNI and certificate check still
 * use the name), redirects are followed here, at most {@link Limits#maxRedirects()}, each re-checked,
 * and time (connect, read-idle, total) and bytes are capped. The byte cap counts decoded bytes, after
 * {@code Content-Encoding: gzip}, so a compression bomb stops at the cap (HOSTILE.md H07–H11).
 */
public final class HttpFetcher {

    /**
     * Time and hop limits.
     *
     * @param connect      to open the connection (TCP and TLS handshake)
     * @param read         the longest wait for any byte
     * @param total        the whole fetch, redirects included
     * @param maxRedirects hops followed before giving up
     */
    public record Limits(Duration connect, Duration read, Duration total, int maxRedirects) {
        /** Connect 5 s, read 10 s, total 15 s, 5 redirects (HOSTILE.md (d)). */
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), 5);
        }
    }

    /** What a fetch delivered: the final URI (after redirects), the media type header and the decoded body. */
    public record Response(URI uri, int status, String contentType, byte[] body) {}

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_HEADERS = 200;

    private final AddressPolicy policy;
    private final AddressPolicy.Resolver resolver;
    private final Limits limits;

    public HttpFetcher(AddressPolicy policy, AddressPolicy.Resolver resolver, Limits limits) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The strict policy, the system resolver, the default limits. */
    public HttpFetcher() { this(AddressPolicy.strict(), AddressPolicy.Resolver.SYSTEM, Limits.defaults()); }

    /**
     * GETs {@code uri}, following redirects, and returns at most {@code maxBytes} decoded bytes.
     *
     * @throws FetchException with the reason; never returns a truncated body
     */
    public Response fetch(URI uri, long maxBytes) throws FetchException {
        long deadline = System.nanoTime() + limits.total().toNanos();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            InetSocketAddress target = policy.check(current, resolver);
            Exchange ex = exchange(current, target, deadline, maxBytes);
            if (ex.status >= 300 && ex.status < 400 && ex.status != 304 && ex.location != null) {
                if (hop >= limits.maxRedirects()) {
                    throw new FetchException("failed", "more than " + limits.maxRedirects() + " redirects");
                }
                try {
                    current = current.resolve(new URI(ex.location.strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new FetchException("failed", "bad redirect location");
                }
                continue;
            }
            if (ex.status < 200 || ex.status >= 300) throw new FetchException("failed", "HTTP status " + ex.status);
            return new Response(current, ex.status, ex.contentType, ex.body);
        }
    }

    private record Exchange(int status, String location, String contentType, byte[] body) {}

    private Exchange exchange(URI uri, InetSocketAddress target, long deadline, long maxBytes) throws FetchException {
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        String host = AddressPolicy.host(uri);
        try (Socket raw = new Socket()) {
            int connectMs = (int) Math.max(1, Math.min(limits.connect().toMillis(), remainingMs(deadline)));
            raw.connect(target, connectMs); // the checked address, never a fresh lookup
            raw.setSoTimeout(timeoutMs(deadline));
            Socket s = raw;
            if (tls) s = tls(raw, host, target.getPort(), deadline);
            OutputStream out = s.getOutputStream();
            out.write(request(uri, host).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new DeadlineInputStream(s.getInputStream(), s, deadline);
            int status;
            Map<String, String> headers;
            while (true) {
                String statusLine = line(in);
                String[] parts = statusLine.split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/")) throw new FetchException("failed", "not an HTTP response");
                try {
                    status = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    throw new FetchException("failed", "bad HTTP status line");
                }
                headers = headers(in);
                if (status >= 200 || status == 101) break; // 1xx informational answers come before the real one
            }
            if (status >= 300 && status < 400) return new Exchange(status, headers.get("location"), null, new byte[0]);
            if (status < 200 || status >= 300) return new Exchange(status, null, null, new byte[0]);
            InputStream body = body(in, headers);
            byte[] bytes = readCapped(decoded(body, headers.get("content-encoding")), maxBytes);
            return new Exchange(status, null, headers.get("content-type"), bytes);
        } catch (FetchException e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw new FetchException("timeout", System.nanoTime() >= deadline ? "took longer than " + limits.total().toSeconds() + " s"
                    : "no answer within " + limits.read().toSeconds() + " s", e);
        } catch (ZipException | EOFException e) {
            throw new FetchException("failed", "broken response body (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new FetchException("failed", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private Socket tls(Socket raw, String host, int port, long deadline) throws IOException {
        SSLContext ctx;
        try {
            ctx = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new FetchException("failed", "no TLS available");
        }
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket ssl = (SSLSocket) ctx.getSocketFactory().createSocket(raw, name, port, true);
        SSLParameters p = ssl.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host, not the pinned IP
        if (AddressPolicy.literal(host) == null) p.setServerNames(List.of(new SNIHostName(name)));
        ssl.setSSLParameters(p);
        ssl.setSoTimeout(timeoutMs(deadline));
        ssl.startHandshake();
        return ssl;
    }

    private static String request(URI uri, String host) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
        String hostHeader = host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        // the URI class refuses spaces and controls in these parts, so no header can be split
        return "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: offprint\r\nAccept: */*\r\n"
                + "Accept-Encoding: gzip, deflate\r\nConnection: close\r\n\r\n";
    }

    private int timeoutMs(long deadline) throws SocketTimeoutException {
        long left = remainingMs(deadline);
        if (left <= 0) throw new SocketTimeoutException("deadline");
        return (int) Math.max(1, Math.min(limits.read().toMillis(), left));
    }

    private static long remainingMs(long deadline) { return (deadline - System.nanoTime()) / 1_000_000; }

    /** A header line, without CR LF, at most {@link #MAX_HEADER_BYTES}. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) throw new FetchException("failed", "connection closed in the headers");
            if (c == '\n') break;
            if (b.size() >= MAX_HEADER_BYTES) throw new FetchException("failed", "header line too long");
            b.write(c);
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        for (int n = 0; ; n++) {
            String l = line(in);
            if (l.isEmpty()) return h;
            if (n >= MAX_HEADERS) throw new FetchException("failed", "too many headers");
            int colon = l.indexOf(':');
            if (colon <= 0) continue;
            h.putIfAbsent(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
        }
    }

    private static InputStream body(InputStream in, Map<String, String> headers) throws FetchException {
        String te = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (te.contains("chunked")) return new ChunkedInputStream(in);
        String cl = headers.get("content-length");
        if (cl != null) {
            try {
                long n = Long.parseLong(cl.strip());
                if (n < 0) throw new NumberFormatException();
                return new LengthInputStream(in, n);
            } catch (NumberFormatException e) {
                throw new FetchException("failed", "bad Content-Length");
            }
        }
        return in; // until the server closes
    }

    private static InputStream decoded(InputStream body, String encoding) throws IOException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        return switch (e) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> new GZIPInputStream(body, 8192);
            case "deflate" -> new InflaterInputStream(body);
            default -> throw new FetchException("failed", "unsupported Content-Encoding " + e);
        };
    }

    /** All of {@code in}, or a {@code too-large} failure as soon as the count passes {@code max}. */
    private static byte[] readCapped(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) throw new FetchException("too-large", "more than " + max + " bytes (decoded)");
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads with the socket timeout shrunk to what is left of the total time. */
    private final class DeadlineInputStream extends FilterInputStream {
        private final Socket socket;
        private final long deadline;

        DeadlineInputStream(InputStream in, Socket socket, long deadline) {
            super(in);
            this.socket = socket;
            this.deadline = deadline;
        }

        @Override public int read() throws IOException {
            socket.setSoTimeout(timeoutMs(deadline));
            return super.read();
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            socket.setSoTimeout(timeoutMs(deadline));
            return super.read(b, off, len);
        }
    }

    /** Exactly {@code n} bytes, then end of stream: a body longer than its Content-Length is not read. */
    private static final class LengthInputStream extends FilterInputStream {
        private long left;

        LengthInputStream(InputStream in, long n) {
            super(in);
            left = n;
        }

        @Override public int read() throws IOException {
            if (left <= 0) return -1;
            int c = super.read();
            if (c < 0) throw new EOFException("body shorter than its Content-Length");
            left--;
            return c;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new EOFException("body shorter than its Content-Length");
            left -= n;
            return n;
        }
    }

    /** The chunked transfer coding, trailers skipped. */
    private static final class ChunkedInputStream extends InputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        ChunkedInputStream(InputStream in) { this.in = in; }

        private boolean next() throws IOException {
            if (done) return false;
            if (left > 0) return true;
            String size = line(in);
            int semi = size.indexOf(';');
            if (semi >= 0) size = size.substring(0, semi);
            try {
                left = Long.parseLong(size.strip(), 16);
            } catch (NumberFormatException e) {
                throw new FetchException("failed", "bad chunk size");
            }
            if (left < 0) throw new FetchException("failed", "bad chunk size");
            if (left == 0) {
                done = true;
                while (!line(in).isEmpty()) { /* trailers */ }
                return false;
            }
            return true;
        }

        @Override public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (!next()) return -1;
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new EOFException("chunked body cut short");
            left -= n;
            if (left == 0) line(in); // the CRLF after the chunk
            return n;
        }
    }
}
