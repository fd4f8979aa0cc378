package nl.nieuwszoeker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import nl.nieuwszoeker.config.ConfigException;

final class PortCheck {

    private PortCheck() {}

    /** Checked before Elasticsearch starts, so a taken port fails in a second, not after a minute. */
    static void requireFree(int port) {
        // Bound as Jetty will bind (IPv4 any), and on the dual-stack wildcard too: a server listening on
        // only one of them still makes the app's start fail.
        for (String host : new String[] {"0.0.0.0", "::"}) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(host, port));
            } catch (java.net.UnknownHostException | java.net.SocketException noIpv6) {
                if (host.equals("::") && !(noIpv6 instanceof java.net.BindException)) {
                    continue;
                }
                throw taken(port);
            } catch (IOException e) {
                throw taken(port);
            }
        }
    }

    /**
     * Checks the port and keeps it bound until the app starts listening, which may be minutes later (the node's
     * start, the first indexing): meanwhile no other program is given it as a free port.
     */
    static ServerSocket reserve(int port) {
        requireFree(port);
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return socket;
        } catch (IOException e) {
            throw taken(port);
        }
    }

    private static ConfigException taken(int port) {
        return new ConfigException("port " + port + " is already in use; stop what uses it or choose another"
                + " with --port or NZ_PORT");
    }
}
