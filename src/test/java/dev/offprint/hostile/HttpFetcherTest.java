package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.source.net.AddressPolicy;
import dev.offprint.source.net.FetchException;
import dev.offprint.source.net.HttpFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against loopback servers the test starts and exempts on purpose (H07 redirects, H08
 * DNS rebinding, H09 slowloris, H10 endless and lying bodies, H11 gzip bomb), counting requests.
 */
class HttpFetcherTest {

    private static final HttpFetcher.Limits FAST = new HttpFetcher.Limits(Duration.ofSeconds(2), Duration.ofMillis(800),
            Duration.ofSeconds(2), 5);

    private static HttpFetcher fetcher(Loop loop, HttpFetcher.Limits limits) {
        return new HttpFetcher(AddressPolicy.strict().exemptForTesting(loop.address(), loop.port()), AddressPolicy.Resolver.SYSTEM, limits);
    }

    @Test
    void anExemptedServerIsFetchedAndNothingElseH07() throws Exception {
        try (Loop a = new Loop("hello"); Loop b = new Loop("CANARY-B")) {
            a.handler(ex -> {
                String p = ex.getRequestURI().getPath();
                switch (p) {
                    case "/other" -> { ex.getResponseHeaders().set("Location", b.base() + "/x"); Loop.send(ex, 302, null, new byte[0]); }
                    case "/file" -> { ex.getResponseHeaders().set("Location", "file:///etc/passwd"); Loop.send(ex, 302, null, new byte[0]); }
                    case "/meta" -> { ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/"); Loop.send(ex, 301, null, new byte[0]); }
                    case "/loop" -> { ex.getResponseHeaders().set("Location", "/loop2"); Loop.send(ex, 307, null, new byte[0]); }
                    case "/loop2" -> { ex.getResponseHeaders().set("Location", "/loop"); Loop.send(ex, 308, null, new byte[0]); }
                    case "/hop" -> { ex.getResponseHeaders().set("Location", "/final?q=1"); Loop.send(ex, 303, null, new byte[0]); }
                    default -> Loop.send(ex, 200, "text/html; charset=utf-8", ("at " + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8));
                }
            });
            HttpFetcher f = fetcher(a, HttpFetcher.Limits.defaults());
            HttpFetcher.Response ok = f.fetch(URI.create(a.base() + "/hop"), 1000);
            assertEquals("at /final?q=1", new String(ok.body(), StandardCharsets.UTF_8));
            assertEquals(a.base() + "/final?q=1", ok.uri().toString());
            for (String p : new String[] {"/other", "/file", "/meta"}) {
                FetchException e = assertThrows(FetchException.class, () -> f.fetch(URI.create(a.base() + p), 1000));
                assertEquals("blocked", e.code(), p + ": " + e.getMessage());
            }
            assertEquals(0, b.hits.size(), "the second hop reached a server it may not");
            a.hits.clear();
            FetchException loop = assertThrows(FetchException.class, () -> f.fetch(URI.create(a.base() + "/loop"), 1000));
            assertTrue(loop.getMessage().contains("more than 5 redirects"), loop.getMessage());
            assertEquals(6, a.hits.size(), "the first request and five redirects: " + a.hits);
        }
    }

    @Test
    void aNameIsResolvedOnceAndTheConnectionPinnedH08() throws Exception {
        try (Loop a = new Loop("pinned")) {
            AtomicInteger calls = new AtomicInteger();
            InetAddress other = InetAddress.getByName("127.0.0.2");
            // first answer: the (exempted) server; any later lookup would say 127.0.0.2, which is denied
            AddressPolicy.Resolver rebinding = host -> new InetAddress[] {calls.getAndIncrement() == 0 ? a.address() : other};
            HttpFetcher f = new HttpFetcher(AddressPolicy.strict().exemptForTesting(a.address(), a.port()), rebinding, HttpFetcher.Limits.defaults());
            a.handler(ex -> Loop.send(ex, 200, "text/plain", ex.getRequestHeaders().getFirst("Host").getBytes(StandardCharsets.UTF_8)));
            HttpFetcher.Response r = f.fetch(URI.create("http://rebind.test:" + a.port() + "/x"), 1000);
            assertEquals("rebind.test:" + a.port(), new String(r.body(), StandardCharsets.UTF_8), "Host header keeps the name");
            assertEquals(1, calls.get(), "resolved once");
            assertEquals(1, a.hits.size());
            // a second fetch resolves again, gets the denied answer and is refused before connecting
            FetchException e = assertThrows(FetchException.class, () -> f.fetch(URI.create("http://rebind.test:" + a.port() + "/y"), 1000));
            assertEquals("blocked", e.code());
            assertEquals(1, a.hits.size());
        }
    }

    @Test
    void slowAndSilentServersTimeOutH09() throws Exception {
        try (Loop slow = new Loop(ex -> {
            ex.sendResponseHeaders(200, 1000);
            OutputStream o = ex.getResponseBody();
            for (int i = 0; i < 1000; i++) {
                o.write('x');
                o.flush();
                sleep(300); // each byte within the idle limit, the whole far beyond the total limit
            }
        })) {
            long t0 = System.nanoTime();
            FetchException e = assertThrows(FetchException.class, () -> fetcher(slow, FAST).fetch(URI.create(slow.base() + "/slow"), 1 << 20));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("timeout", e.code(), e.getMessage());
            assertTrue(ms < 4000, "took " + ms + " ms");
            slow.handler(ex -> { ex.sendResponseHeaders(200, 10); sleep(5000); });
            t0 = System.nanoTime();
            e = assertThrows(FetchException.class, () -> fetcher(slow, FAST).fetch(URI.create(slow.base() + "/silent"), 1 << 20));
            assertEquals("timeout", e.code());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 2500);
        }
    }

    @Test
    void endlessBodiesStopAtTheCapH10() throws Exception {
        try (Loop endless = new Loop(ex -> {
            ex.sendResponseHeaders(200, 0); // chunked, no length
            byte[] zeros = new byte[64 * 1024];
            OutputStream o = ex.getResponseBody();
            for (int i = 0; i < 10_000; i++) o.write(zeros);
        })) {
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher(endless, HttpFetcher.Limits.defaults()).fetch(URI.create(endless.base() + "/zero"), 1 << 20));
            assertEquals("too-large", e.code());
        }
        // Content-Length: 10, then 100 MB: exactly 10 bytes are read
        byte[] head = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789".getBytes(StandardCharsets.US_ASCII);
        try (RawServer raw = new RawServer(head, 100L << 20, false)) {
            HttpFetcher f = new HttpFetcher(AddressPolicy.strict().exemptForTesting(raw.address(), raw.port()), AddressPolicy.Resolver.SYSTEM, FAST);
            HttpFetcher.Response r = f.fetch(URI.create("http://127.0.0.1:" + raw.port() + "/lie"), 1 << 20);
            assertArrayEquals("0123456789".getBytes(StandardCharsets.US_ASCII), r.body());
            assertTrue(raw.sent.get() < 100L << 20, "the server could not push its 100 MB");
        }
        byte[] bare = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (RawServer raw = new RawServer(bare, 100L << 20, false)) {
            HttpFetcher f = new HttpFetcher(AddressPolicy.strict().exemptForTesting(raw.address(), raw.port()), AddressPolicy.Resolver.SYSTEM, FAST);
            FetchException e = assertThrows(FetchException.class, () -> f.fetch(URI.create("http://127.0.0.1:" + raw.port() + "/zero"), 1 << 20));
            assertEquals("too-large", e.code(), e.getMessage());
        }
    }

    @Test
    void theCapCountsDecodedBytesH11() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) z.write(zeros); // 64 MiB of zeros in about 64 KB
        }
        byte[] bomb = gz.toByteArray();
        assertTrue(bomb.length < 1 << 20, "the compressed body is under the cap: " + bomb.length);
        try (Loop loop = new Loop(ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            Loop.send(ex, 200, "image/png", bomb);
        })) {
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher(loop, HttpFetcher.Limits.defaults()).fetch(URI.create(loop.base() + "/bomb"), 1 << 20));
            assertEquals("too-large", e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("decoded"));
        }
    }

    @Test
    void chunkedAndGzippedBodiesDecode() throws Exception {
        byte[] text = "<p>hello, world</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) { z.write(text); }
        try (Loop loop = new Loop(ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, 0); // chunked
            ex.getResponseBody().write(gz.toByteArray());
        })) {
            HttpFetcher.Response r = fetcher(loop, HttpFetcher.Limits.defaults()).fetch(URI.create(loop.base() + "/"), 1 << 20);
            assertArrayEquals(text, r.body());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A socket server that sends fixed bytes then {@code extra} zero bytes, for replies HttpServer refuses to send. */
    static final class RawServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicLong sent = new AtomicLong();

        RawServer(byte[] head, long extra, boolean close) throws IOException {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        InputStream in = s.getInputStream();
                        int state = 0;
                        while (state < 4) { // until CR LF CR LF
                            int c = in.read();
                            if (c < 0) break;
                            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
                        }
                        OutputStream o = s.getOutputStream();
                        o.write(head);
                        byte[] zeros = new byte[64 * 1024];
                        for (long n = 0; n < extra; n += zeros.length) { o.write(zeros); sent.addAndGet(zeros.length); }
                    } catch (IOException e) {
                        // the client hung up: expected
                    }
                }
            }, "raw-server");
            t.setDaemon(true);
            t.start();
        }

        InetAddress address() { return socket.getInetAddress(); }

        int port() { return socket.getLocalPort(); }

        @Override public void close() throws IOException { socket.close(); }
    }
}
