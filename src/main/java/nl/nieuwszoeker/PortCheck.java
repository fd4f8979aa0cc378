package nl.nieuwszoeker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import nl.nieuwszoeker.config.ConfigException;

final class PortCheck {

    private PortCheck() {}

    /** Checked before Elasticsearch starts, so a taken port fails in a second, not after a minute. */
    static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new ConfigException("port " + port + " is already in use; stop what uses it or choose another"
                    + " with --port or NZ_PORT");
        }
    }
}
