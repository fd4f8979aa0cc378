package nl.nieuwszoeker.node;

import java.util.List;
import nl.nieuwszoeker.config.EsSettings;

/**
 * How the embedded node is secured. The app's node listens on loopback only and runs without security; the
 * tests switch the elastic user and HTTPS on through this seam, to try the client against a secured cluster.
 */
interface NodeSecurity {

    NodeSecurity OFF = new NodeSecurity() {
        @Override
        public List<String> settings() {
            return List.of("-E", "xpack.security.enabled=false");
        }

        @Override
        public void prepare(NodeLayout layout, RunAs runAs) {
            // nothing to write
        }

        @Override
        public EsSettings connection(EsSettings plain, NodeLayout layout) {
            return plain;
        }
    };

    /** The -E settings added to the node's command line. */
    List<String> settings();

    /** Writes keystores and certificates into the node's config folder before it starts. */
    void prepare(NodeLayout layout, RunAs runAs);

    /** How to reach the node, given the plain-HTTP connection without credentials. */
    EsSettings connection(EsSettings plain, NodeLayout layout);
}
