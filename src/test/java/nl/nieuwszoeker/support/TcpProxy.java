package nl.nieuwszoeker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the real node, on a fixed local port, to cut the line and restore it (the server
 * going away and coming back) or to swallow requests without answering (a server that hangs).
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final boolean answer;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    private TcpProxy(int port, int targetPort, boolean answer) {
        this.port = port;
        this.targetPort = targetPort;
        this.answer = answer;
    }

    /** Relays to {@code targetPort}. */
    public static TcpProxy relay(int targetPort) throws IOException {
        return new TcpProxy(freePort(), targetPort, true).start();
    }

    /** Accepts connections and reads requests but never answers. */
    public static TcpProxy silent() throws IOException {
        return new TcpProxy(freePort(), -1, false).start();
    }

    public int port() {
        return port;
    }

    public synchronized TcpProxy start() throws IOException {
        var s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread t = new Thread(() -> acceptLoop(s), "tcp-proxy-" + port);
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** Closes the port and every open connection, as a stopped server would. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket in = s.accept();
                if (!register(s, in)) {
                    return;
                }
                if (!answer) {
                    daemon(() -> drain(in));
                    continue;
                }
                Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                if (!register(s, out)) {
                    return;
                }
                daemon(() -> pipe(in, out));
                daemon(() -> pipe(out, in));
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Keeps a socket for stop() to close, unless stop() already ran while it was being opened: registering under
     * stop()'s lock means no connection made around a stop outlives it.
     */
    private synchronized boolean register(ServerSocket acceptedBy, Socket socket) throws IOException {
        if (acceptedBy.isClosed()) {
            socket.close();
            return false;
        }
        open.add(socket);
        return true;
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the other side closed
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static void drain(Socket s) {
        try (InputStream in = s.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // closed by stop()
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
