package nl.nieuwszoeker.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's bookkeeping on disk; sharing between real processes is covered by RuntimeIT. */
class NodeRegistryTest {

    @TempDir
    Path dir;

    @Test
    void aLeaseThatNobodyLocksBelongsToADeadCommandAndIsSweptAway() throws Exception {
        var registry = new NodeRegistry(dir);
        Files.createDirectories(dir.resolve("users"));
        // What a killed command leaves: its lease file, with the lock gone together with the process.
        Path dead = Files.writeString(dir.resolve("users/999999-deadbeef.lease"), "999999 index\n");
        assertEquals(List.of(), registry.liveUsers());
        assertFalse(Files.exists(dead));
    }

    @Test
    void aHeldLeaseCountsUntilItIsClosed() {
        var registry = new NodeRegistry(dir);
        NodeRegistry.Lease lease = registry.lease("serve");
        assertEquals(List.of(lease.name()), registry.liveUsers());
        // Asking again must not drop this process's own lock.
        assertEquals(List.of(lease.name()), registry.liveUsers());
        lease.close();
        assertEquals(List.of(), registry.liveUsers());
    }

    @Test
    void theRecordIsWrittenReadAndCleared() {
        var registry = new NodeRegistry(dir);
        assertTrue(registry.read().isEmpty());
        registry.locked(() -> {
            registry.write("http://127.0.0.1:9299", 9299, 4242);
            return null;
        });
        NodeRegistry.Entry entry = registry.read().orElseThrow();
        assertEquals("http://127.0.0.1:9299", entry.url());
        assertEquals(9299, entry.port());
        assertEquals(4242, entry.pid());
        assertEquals(ProcessHandle.current().pid(), entry.owner());
        registry.clear();
        assertTrue(registry.read().isEmpty());
    }
}
