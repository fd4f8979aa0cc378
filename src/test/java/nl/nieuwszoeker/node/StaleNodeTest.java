package nl.nieuwszoeker.node;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pid file outlives its process, and the pid gets reused. Stand-in processes carry the arguments a node's
 * launcher shows; only the one that runs from this folder's home may be stopped.
 */
class StaleNodeTest {

    @TempDir
    Path tmp;

    private Process standIn;

    @AfterEach
    void stopStandIn() {
        if (standIn != null) {
            standIn.destroyForcibly();
        }
    }

    private Process launcherOf(Path home) throws Exception {
        // Stops on SIGTERM as a node does; bash keeps its own arguments, which name the home, in its command line.
        standIn = new ProcessBuilder("bash", "-c", "trap 'kill $!; exit 0' TERM; sleep 60 & wait", "elasticsearch",
                "-Des.path.home=" + home).start();
        return standIn;
    }

    @Test
    void aPidFileNamingAnotherFoldersNodeLeavesThatNodeRunning() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Process other = launcherOf(tmp.resolve("other").resolve("home"));
        StaleNode.remember(mine, other.pid());

        StaleNode.stopIfRunning(mine);

        assertFalse(other.waitFor(1, TimeUnit.SECONDS), "another folder's node was stopped");
        assertFalse(Files.exists(mine.resolve("node.pid")));
    }

    @Test
    void aPidFileNamingThisFoldersNodeStopsIt() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Process left = launcherOf(mine.resolve("home"));
        StaleNode.remember(mine, left.pid());

        StaleNode.stopIfRunning(mine);

        assertTrue(left.waitFor(5, TimeUnit.SECONDS), "the folder's own leftover node still runs");
    }

    @Test
    void theRegistryDoesNotTakeAnotherFoldersNodeForItsOwn() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Process other = launcherOf(tmp.resolve("other").resolve("home"));
        assertTrue(new NodeRegistry(mine).process(other.pid()).isEmpty());
        assertTrue(new NodeRegistry(tmp.resolve("other")).process(other.pid()).isPresent());
    }
}
