package nl.nieuwszoeker.node;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to package-private helpers of the node package. */
public final class TestNodes {
    private TestNodes() {}

    public static void wipe(Path state) throws IOException {
        FileTrees.delete(state);
        java.nio.file.Files.createDirectories(state);
    }

    public static int choosePort(Integer wanted) {
        return EmbeddedNode.choosePort(wanted);
    }
}
