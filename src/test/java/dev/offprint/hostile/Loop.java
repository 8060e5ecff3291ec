package dev.offprint.hostile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * HOSTILE.md's {@code LOOP}: an HTTP server on 127.0.0.1 and an ephemeral port that logs every
 * request path. By default it answers every path with the canary, so a fetch that should not happen
 * is both counted and, if it reached an output, caught by the canary check.
 */
final class Loop implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    final HttpServer server;
    final List<String> hits = new CopyOnWriteArrayList<>();
    private volatile Handler handler;

    Loop(String body) throws IOException {
        this(ex -> send(ex, 200, "text/plain", body.getBytes(StandardCharsets.UTF_8)));
    }

    Loop(Handler handler) throws IOException {
        this.handler = handler;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loop");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> {
            hits.add(ex.getRequestURI().toString());
            try {
                this.handler.handle(ex);
            } catch (IOException e) {
                // the client went away (a timeout or a cap): expected in these tests
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    void handler(Handler h) { this.handler = h; }

    int port() { return server.getAddress().getPort(); }

    InetAddress address() { return server.getAddress().getAddress(); }

    /** {@code http://127.0.0.1:PORT} */
    String base() { return "http://127.0.0.1:" + port(); }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override public void close() { server.stop(0); }
}
