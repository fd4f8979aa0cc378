package nl.nieuwszoeker.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.nieuwszoeker.es.ProvisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of the one embedded node of a data folder, shared by every command that uses that folder.
 *
 * <p>{@code node.json} says how to reach the node (URL, port, pid) and which process started it. Each command
 * that uses the node holds a lease: a file under {@code users/} that it keeps locked while it lives. The
 * operating system drops the lock when a process dies, however it dies, so a lease that can be locked by
 * someone else belongs to a dead command and is swept away. Every decision (start, attach, restart, stop)
 * is taken while holding {@code registry.lock}, so two commands never start two nodes on one folder.
 */
public final class NodeRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(NodeRegistry.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How to reach the shared node, and who started it. */
    public record Entry(String url, int port, long pid, long owner, String started) {}

    private final Path dir;
    private final Path users;
    // FileChannel locks belong to the whole JVM; this keeps two threads of one process apart as well.
    private final ReentrantLock local = new ReentrantLock();

    public NodeRegistry(Path dir) {
        this.dir = dir;
        this.users = dir.resolve("users");
    }

    public Path dir() {
        return dir;
    }

    /** Runs action while no other command on this data folder decides about the node. */
    public <T> T locked(Supplier<T> action) {
        if (local.isHeldByCurrentThread()) {
            return action.get();
        }
        local.lock();
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve("registry.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock first = channel.tryLock();
                if (first == null) {
                    LOG.info("Another command is starting or stopping the Elasticsearch node of {}; waiting for it", dir);
                }
                try (FileLock held = first != null ? first : channel.lock()) {
                    return action.get();
                }
            }
        } catch (IOException e) {
            throw new ProvisionException("cannot lock " + dir.resolve("registry.lock") + ": " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }

    public Optional<Entry> read() {
        Path file = dir.resolve("node.json");
        try {
            return Optional.of(JSON.readValue(Files.readString(file), Entry.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void write(String url, int port, long pid) {
        var entry = new Entry(url, port, pid, ProcessHandle.current().pid(), Instant.now().toString());
        try {
            Path tmp = dir.resolve("node.json.tmp");
            Files.writeString(tmp, JSON.writeValueAsString(entry));
            Files.move(tmp, dir.resolve("node.json"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProvisionException("cannot write " + dir.resolve("node.json") + ": " + e.getMessage(), e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(dir.resolve("node.json"));
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", dir.resolve("node.json"), e.getMessage());
        }
    }

    /** A lease for this process; held until closed or until the process dies. */
    Lease lease(String command) {
        try {
            Files.createDirectories(users);
            Path file = users.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8)
                    + ".lease");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + " " + command + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return new Lease(file, channel, lock);
        } catch (IOException e) {
            throw new ProvisionException("cannot write a lease under " + users + ": " + e.getMessage(), e);
        }
    }

    /** The leases of living commands; those of dead ones are deleted on the way. */
    List<String> liveUsers() {
        if (!Files.isDirectory(users)) {
            return List.of();
        }
        try (var files = Files.list(users)) {
            return files.filter(f -> f.toString().endsWith(".lease")).filter(NodeRegistry::alive)
                    .map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean alive(Path lease) {
        // Never open our own leases: closing any channel on a file drops this process's locks on it.
        if (lease.getFileName().toString().startsWith(ProcessHandle.current().pid() + "-")) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lease, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            Files.deleteIfExists(lease);
            return false;
        } catch (OverlappingFileLockException ours) {
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    /** Whether pid is still this folder's node; a pid reused by another program or node does not count. */
    Optional<ProcessHandle> process(long pid) {
        return NodeProcess.of(pid, dir);
    }

    /** A command's claim on the node. */
    static final class Lease implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;

        private Lease(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        String name() {
            return file.getFileName().toString();
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot remove lease {}: {}", file, e.getMessage());
            }
        }
    }
}
