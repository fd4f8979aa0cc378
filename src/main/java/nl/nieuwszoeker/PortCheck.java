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

    private static ConfigException taken(int port) {
        return new ConfigException("port " + port + " is already in use; stop what uses it or choose another"
                + " with --port or NZ_PORT");
    }
}
